import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLocation, useNavigate } from 'react-router';
import type { EventObject } from 'xstate';
import { GuidedTriage } from '../components/triage/GuidedTriage';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { cleanEvents } from '../triage/guided/session';
import { paths } from '../paths';

/** The answers live in history state: the browser's back button goes back one answer, reload keeps them. */
interface TriageNavState {
  triage?: unknown;
}

export function TriagePage() {
  useDocumentTitle('Find the right issue');
  const location = useLocation();
  const navigate = useNavigate();
  const events = cleanEvents(((location.state ?? {}) as TriageNavState).triage);
  const onChange = (next: EventObject[]) => navigate(paths.triage(), { state: { triage: next } satisfies TriageNavState, replace: next.length === 0 });
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          Find the right issue
        </Typography>
        <Typography color="text.secondary">
          A few questions about what happened and how your devices are set up. At the end you get the troubleshooting flow that fits,
          or a plain answer that none does and why.
        </Typography>
      </div>
      <GuidedTriage key={location.key} events={events} onChange={onChange} />
    </Stack>
  );
}
