import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../paths';
import { flowMeta } from '../../flows/registry';
import { resolveText } from '../../flows/shared/text';
import type { TriageContext } from '../../triage/guided/machine';
import type { TriageResult } from '../../triage/guided/types';
import { HowToList } from '../HowToList';
import { Paragraphs } from '../Paragraphs';

/** The end of the triage: open the flow that fits, or why none does. */
export function TriageResultView({ step, ctx }: { step: TriageResult; ctx: TriageContext }) {
  const flow = step.flow ? flowMeta(step.flow) : undefined;
  const also = (step.also ?? []).map((a) => ({ ...a, meta: flowMeta(a.flow) })).filter((a) => a.meta);
  return (
    <Stack spacing={2}>
      <Alert severity={step.flow ? 'success' : 'info'} variant="outlined">
        <AlertTitle>{step.flow ? 'A documented issue fits' : 'No flow fits this yet'}</AlertTitle>
        {step.flow ? 'Open the flow below: it confirms the cause and walks you through the fix.' : 'Here is why, and what to do instead.'}
      </Alert>
      <Box>
        <Paragraphs text={resolveText(step.body, ctx)} />
        <HowToList items={step.howTo} ctx={ctx} title="What to do" />
      </Box>
      {step.flow &&
        (flow ? (
          <Box>
            <Button variant="contained" component={RouterLink} to={paths.flow(flow.id)}>
              Open “{flow.title}”
            </Button>
          </Box>
        ) : (
          <Typography>The flow for this issue is not available in this version of the app yet.</Typography>
        ))}
      {also.length > 0 && (
        <Box>
          <Typography variant="h3" component="h3" gutterBottom>
            {step.flow ? 'Also worth a look' : 'Flows that may help'}
          </Typography>
          <Box component="ul" sx={{ pl: 3, m: 0 }}>
            {also.map((a) => (
              <li key={a.flow}>
                <Typography>
                  {a.when}:{' '}
                  <Link component={RouterLink} to={paths.flow(a.flow)}>
                    {a.meta!.title}
                  </Link>
                </Typography>
              </li>
            ))}
          </Box>
        </Box>
      )}
      <Box>
        <Button component={RouterLink} to={paths.home()}>
          Back to the start page
        </Button>
      </Box>
    </Stack>
  );
}
