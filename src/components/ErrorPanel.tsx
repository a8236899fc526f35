import { btn } from './Icon';
import { Notice } from './Notice';
import { t } from '../words/messagesShell';

/**
 * A screen that failed: what went wrong, try again, or go home. Plain elements styled by global.css (MUI's h1,
 * standard error Alert, body1 and Buttons as they look): it must show even when the network is what failed, so it
 * loads nothing and needs no theme provider.
 */
export function ErrorPanel({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="error-panel" role="alert">
      <h1 className="heading1 error-heading">{t('errors.heading')}</h1>
      <Notice severity="error" announce={false}>
        {message}
      </Notice>
      <p className="body1">{t('errors.text')}</p>
      <div className="error-actions">
        <button type="button" className={btn('contained')} onClick={onRetry ?? (() => window.location.reload())}>
          {t('errors.tryAgain')}
        </button>
        <a className={btn('text')} href={import.meta.env.BASE_URL}>
          {t('common.goToIssues')}
        </a>
      </div>
    </div>
  );
}
