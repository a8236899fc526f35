import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ContentCopy from '@mui/icons-material/ContentCopy';
import { paths } from '../../paths';
import { MAX_SHARE_CHARS, checkFits, encodeShare, sharePayload } from '../../cases/share';
import type { Case } from '../../cases/types';
import type { FlowDescriptor } from '../../flows/shared/types';
import { RedactSwitch } from './RedactSwitch';
import { useRedactSetting } from './useRedactSetting';
import { copyText } from './files';
import { plural, t } from '../../words/messages';

/** The absolute URL of a share link under the app's base path. */
export function shareUrl(fragment: string): string {
  const base = (import.meta.env.BASE_URL ?? '/').replace(/\/$/, '');
  return `${window.location.origin}${base}${paths.share(fragment)}`;
}

/** Builds a link that carries the case (answers, optionally notes) in its # fragment. */
export function ShareDialog({ open, onClose, c, descriptor }: { open: boolean; onClose: () => void; c: Case; descriptor: FlowDescriptor }) {
  const [notes, setNotes] = useState(true);
  // Follows the report's Redact switch (one setting for both).
  const [redact, setRedact] = useRedactSetting();
  const [copied, setCopied] = useState<string>();

  const built = useMemo(() => {
    if (!open) return undefined;
    const payload = sharePayload(c, { notes, redact });
    const fragment = encodeShare(payload);
    const fits = checkFits(payload, descriptor);
    return { payload, fragment, fits, url: shareUrl(fragment) };
  }, [open, c, notes, redact, descriptor]);

  if (!built) return null;
  const tooBig = built.fragment.length > MAX_SHARE_CHARS;
  const usable = !tooBig && built.fits.ok;
  const kb = (built.fragment.length / 1000).toFixed(1);
  const copy = async () => setCopied((await copyText(built.url)) ? t('share.copied') : t('share.copyRefused'));

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="share-title" fullWidth maxWidth="sm">
      <DialogTitle id="share-title">{t('share.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>
            {t(plural(built.payload.events.length, 'share.carries.one', 'share.carries.other'), {
              count: built.payload.events.length,
              notes: built.payload.notes ? t(plural(built.payload.notes.length, 'share.andNotes.one', 'share.andNotes.other'), { count: built.payload.notes.length }) : '',
            })}
          </Typography>
          <FormControlLabel control={<Switch checked={notes} onChange={(e) => setNotes(e.target.checked)} />} label={t('share.includeNotes')} />
          <RedactSwitch id="share-redact" checked={redact} onChange={setRedact} />
          {tooBig && (
            <Alert severity="error">
              {t('share.tooBig', { size: kb, max: Math.round(MAX_SHARE_CHARS / 1000) })}
            </Alert>
          )}
          {!built.fits.ok && (
            <Alert severity="error">
              {redact
                ? t('share.redactedUnfit')
                : t('share.unfit')}
            </Alert>
          )}
          {usable && (
            <TextField
              id="share-link"
              label={t('share.link')}
              value={built.url}
              fullWidth
              multiline
              maxRows={4}
              slotProps={{ htmlInput: { readOnly: true, spellCheck: false }, input: { sx: { fontFamily: 'monospace', fontSize: 13 } } }}
              onFocus={(e) => e.target.select()}
              helperText={t('share.size', { size: kb })}
            />
          )}
          <Typography role="status" variant="body2">
            {copied}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('share.close')}</Button>
        <Button variant="contained" startIcon={<ContentCopy />} onClick={copy} disabled={!usable}>
          {t('share.copy')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
