import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** A screen that failed: what went wrong, try again, or go home. */
export function ErrorPanel({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <Stack spacing={2} sx={{ p: 3, maxWidth: 720, mx: 'auto' }} role="alert">
      <Typography variant="h1">Something went wrong on this screen</Typography>
      <Alert severity="error">{message}</Alert>
      <Typography>Your cases are kept in this browser. Try again, or go back to the list of issues.</Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={onRetry ?? (() => window.location.reload())}>
          Try again
        </Button>
        <Button href={import.meta.env.BASE_URL}>Go to the list of issues</Button>
      </Stack>
    </Stack>
  );
}
