import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { t } from '../words/messagesShell';

/** A centred spinner with an accessible name, shown while a screen loads. */
export function Loading() {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: 6 }} role="status" aria-label={t('common.loading')}>
      <CircularProgress />
    </Box>
  );
}
