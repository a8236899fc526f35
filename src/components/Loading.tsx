import { t } from '../words/messagesShell';

/**
 * A centred spinner with an accessible name, shown while a screen loads. Plain elements (global.css `.loading`), drawn
 * as MUI's CircularProgress: a flow page's loading state needs no MUI.
 */
export function Loading() {
  return (
    <div className="loading" role="status" aria-label={t('common.loading')}>
      <span className="spinner">
        <svg viewBox="22 22 44 44" aria-hidden="true" focusable="false">
          <circle cx="44" cy="44" r="20.2" fill="none" strokeWidth="3.6" />
        </svg>
      </span>
    </div>
  );
}
