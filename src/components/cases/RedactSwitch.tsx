import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';

/** Turns redaction on and off; says what it replaces and what it keeps. */
export function RedactSwitch({ checked, onChange, id = 'redact' }: { checked: boolean; onChange: (on: boolean) => void; id?: string }) {
  return (
    <Box>
      <FormControlLabel
        control={<Switch checked={checked} onChange={(e) => onChange(e.target.checked)} slotProps={{ input: { 'aria-describedby': `${id}-help` } }} />}
        label="Redact names, addresses and ids"
      />
      <Typography id={`${id}-help`} variant="body2" color="text.secondary">
        Replaces user names, e-mail addresses, host names, tenant, device and key ids with placeholders such as user1@domain1.example, host1.example
        and &lt;guid-1&gt;, the same placeholder for the same value. Microsoft service addresses and well-known ids the fix needs stay as they are.
      </Typography>
    </Box>
  );
}
