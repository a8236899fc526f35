import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Download from '@mui/icons-material/Download';
import { caseStore } from '../../cases/store';
import { useUnreadableCases } from '../../cases/useCases';
import { ConfirmDialog } from '../ConfirmDialog';
import { dayStamp, downloadText } from './files';
import { plural, t } from '../../words/messages';

/** Says which stored cases could not be read, and offers them as a download before discarding. */
export function StorageFaultBanner() {
  const unreadable = useUnreadableCases();
  const [confirm, setConfirm] = useState(false);
  const [downloaded, setDownloaded] = useState(false);
  if (!unreadable.length) return null;

  const download = () => {
    const data = { format: 'whfb-unreadable-cases', exportedAt: new Date().toISOString(), records: unreadable };
    setDownloaded(downloadText(`whfb-unreadable-cases-${dayStamp()}.json`, JSON.stringify(data, null, 2), 'application/json'));
  };
  const discard = () => {
    setConfirm(false);
    for (const u of unreadable) caseStore.discard(u.key);
  };
  const n = unreadable.length;
  const reasons = [...new Set(unreadable.map((u) => u.reason))];

  return (
    <Box className="no-print" sx={{ mb: 3 }}>
      <Alert severity="warning" aria-labelledby="storage-fault-title">
        <AlertTitle id="storage-fault-title">
          {t(plural(n, 'storageFault.title.one', 'storageFault.title.other'), { count: n })}
        </AlertTitle>
        <Typography sx={{ mb: 1 }}>{t(plural(n, 'storageFault.text.one', 'storageFault.text.other'))}</Typography>
        <Box component="ul" sx={{ pl: 3, my: 1 }}>
          {reasons.map((r) => (
            <li key={r}>
              <Typography variant="body2">{r}</Typography>
            </li>
          ))}
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
          <Button variant="outlined" color="inherit" startIcon={<Download />} onClick={download}>
            {t('storageFault.download')}
          </Button>
          <Button color="inherit" onClick={() => setConfirm(true)}>
            {t(plural(n, 'storageFault.discard.one', 'storageFault.discard.other'))}
          </Button>
        </Stack>
        {downloaded && (
          <Typography variant="body2" role="status" sx={{ mt: 1 }}>
            {t('storageFault.downloaded')}
          </Typography>
        )}
      </Alert>
      <ConfirmDialog
        open={confirm}
        title={t('storageFault.confirmTitle')}
        text={downloaded ? t('storageFault.confirmKept') : t('storageFault.confirmLost')}
        confirm={t('storageFault.confirm')}
        onConfirm={discard}
        onCancel={() => setConfirm(false)}
      />
    </Box>
  );
}
