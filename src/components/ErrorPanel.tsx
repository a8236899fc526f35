import { lazy, Suspense, type ComponentType } from 'react';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { t } from '../words/messagesShell';

/** The message as plain text: while MUI's Alert loads, or if it can't (the network is what failed). */
function PlainMessage({ children }: { children: string }) {
  return (
    <Typography sx={{ p: 2, borderRadius: 1, border: 1, borderColor: 'error.main', color: 'error.main' }}>{children}</Typography>
  );
}

// Loaded only when a screen fails: the route error element is part of every first visit.
const Alert = lazy<ComponentType<{ severity: 'error'; children: string }>>(() =>
  import('@mui/material/Alert').catch(() => ({ default: ({ children }: { children: string }) => <PlainMessage>{children}</PlainMessage> })),
);

/** A screen that failed: what went wrong, try again, or go home. */
export function ErrorPanel({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, p: 3, maxWidth: 720, mx: 'auto' }} role="alert">
      <Typography variant="h1">{t('errors.heading')}</Typography>
      <Suspense fallback={<PlainMessage>{message}</PlainMessage>}>
        <Alert severity="error">{message}</Alert>
      </Suspense>
      <Typography>{t('errors.text')}</Typography>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="contained" onClick={onRetry ?? (() => window.location.reload())}>
          {t('errors.tryAgain')}
        </Button>
        <Button href={import.meta.env.BASE_URL}>{t('common.goToIssues')}</Button>
      </Box>
    </Box>
  );
}
