import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';

/** "Update available — Reload": shown when a new version has been downloaded and is waiting. */
export default function UpdateSnackbar({ onReload, onLater }: { onReload: () => void; onLater: () => void }) {
  return (
    <Snackbar
      open
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      message="Update available: a new version of this app is ready."
      className="no-print"
      action={
        <>
          <Button color="inherit" size="small" onClick={onLater}>
            Later
          </Button>
          <Button color="secondary" variant="contained" size="small" onClick={onReload}>
            Reload
          </Button>
        </>
      }
    />
  );
}
