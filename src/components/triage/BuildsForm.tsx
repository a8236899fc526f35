import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import type { EventObject } from 'xstate';
import { buildsReadable, readBuildLines } from '../../triage/guided/builds';
import type { TriageForm } from '../../triage/guided/types';
import { AnswerButtons } from '../AnswerButtons';

/** The domain controller builds: one per line; every line must give a build with its revision. */
export function BuildsForm({ step, onSubmit }: { step: TriageForm; onSubmit: (event: EventObject) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const read = readBuildLines(lines);
  const ok = buildsReadable(read);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (ok) onSubmit({ type: step.submit.event, values: { [step.field.name]: lines } } as EventObject);
  };
  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ mb: 2 }}>
      <TextField
        id={`${id}-builds`}
        label={step.field.label}
        helperText={step.field.help}
        placeholder={step.field.placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        multiline
        minRows={3}
        maxRows={12}
        fullWidth
        error={tried && !ok}
        slotProps={{ htmlInput: { spellCheck: false, 'aria-invalid': tried && !ok, 'aria-errormessage': tried && !ok ? `${id}-problems` : undefined } }}
      />
      {tried && !ok && (
        <Alert severity="error" id={`${id}-problems`} sx={{ mt: 1 }}>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {read.problems.slice(0, 8).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
            {read.problems.length > 8 && <li>{read.problems.length - 8} more lines to fix.</li>}
          </Box>
        </Alert>
      )}
      <Button type="submit" variant="contained" sx={{ mt: 2, mb: 2 }}>
        {step.submit.label}
      </Button>
      <AnswerButtons answers={step.answers} onAnswer={(type) => onSubmit({ type })} variant="outlined" />
    </Box>
  );
}
