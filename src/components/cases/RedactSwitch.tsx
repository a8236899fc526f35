import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import { t } from '../../words/messages';

/** Turns redaction on and off; says what it replaces and what it keeps. */
export function RedactSwitch({ checked, onChange, id = 'redact' }: { checked: boolean; onChange: (on: boolean) => void; id?: string }) {
  return (
    <Box>
      <FormControlLabel
        control={<Switch checked={checked} onChange={(e) => onChange(e.target.checked)} slotProps={{ input: { 'aria-describedby': `${id}-help` } }} />}
        label={t('redact.label')}
      />
      <Typography id={`${id}-help`} variant="body2" color="textSecondary">
        {t('redact.help', { user: 'user1@domain1.example', host: 'host1.example', guid: '<guid-1>' })}
      </Typography>
    </Box>
  );
}
