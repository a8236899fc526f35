import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { t } from '../words/messages';

/** "Update available — Reload": shown when a new version has been downloaded and is waiting. */
export default function UpdateSnackbar({ onReload, onLater }: { onReload: () => void; onLater: () => void }) {
  return (
    <Snackbar
      open
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      message={t('app.update.message')}
      className="no-print"
      action={
        <>
          <Button color="inherit" size="small" onClick={onLater}>
            {t('app.update.later')}
          </Button>
          <Button color="secondary" variant="contained" size="small" onClick={onReload}>
            {t('app.update.reload')}
          </Button>
        </>
      }
    />
  );
}
