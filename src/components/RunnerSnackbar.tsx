import Snackbar from '@mui/material/Snackbar';

/**
 * The runner's passing messages. Each notice is new (n counts them), so the same warning twice in a row shows twice.
 * A click elsewhere must not close it: that click is often the next save, whose own warning would vanish with it.
 */
export function RunnerSnackbar({ notice, onClose }: { notice?: { text: string; n: number }; onClose: () => void }) {
  return <Snackbar key={notice?.n} open={!!notice} autoHideDuration={8000} onClose={(_e, reason) => reason !== 'clickaway' && onClose()} message={notice?.text} />;
}
