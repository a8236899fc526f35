import { btn } from './Icon';
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
      <div className="alert alert-error">
        <svg className="icon alert-icon" focusable="false" aria-hidden="true" viewBox="0 0 24 24">
          <path d="M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2M12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8" />
        </svg>
        <div className="alert-message">{message}</div>
      </div>
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
