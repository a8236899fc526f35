import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Lock from '@mui/icons-material/Lock';
import { capSizes } from '../evidence/cap';
import { t } from '../words/messages';

/** The evidence paste box. Its accessible name always contains "evidence". */
export function PasteBox({ value, onChange, label, id }: { value: string; onChange: (v: string) => void; label: string; id: string }) {
  return (
    <>
      <TextField
        id={id}
        label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        multiline
        minRows={4}
        maxRows={14}
        fullWidth
        slotProps={{ htmlInput: { spellCheck: false, 'aria-describedby': `${id}-privacy`, style: { fontFamily: 'ui-monospace, Consolas, monospace', fontSize: 13 } } }}
      />
      {capSizes(value.length) && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {t('paste.cap', capSizes(value.length))}
        </Alert>
      )}
      <Typography id={`${id}-privacy`} variant="caption" color="textSecondary" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 0.5 }}>
        <Lock sx={{ fontSize: 14 }} aria-hidden /> {t('common.privacy')}
      </Typography>
    </>
  );
}
