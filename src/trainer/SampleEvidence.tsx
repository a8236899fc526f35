import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { FindingList } from '../components/FindingList';
import { analyzeEvidence } from '../evidence';
import { answerLabel } from '../flows/shared/text';
import type { EvidenceStep, FlowContent } from '../flows/shared/types';

interface Props<C> {
  step: EvidenceStep<C>;
  ctx: C;
  stateId: string;
  content: FlowContent<C>;
  title: string;
}

/** The flow's canned sample for an evidence step, run through the real analyzers, as if it had been pasted. */
export function SampleEvidence<C>({ step, ctx, stateId, content, title }: Props<C>) {
  const sample = step.sample ?? '';
  const findings = useMemo(() => analyzeEvidence(sample), [sample]);
  const reading = useMemo(() => (findings.length ? step.read?.(findings, ctx) : undefined), [findings, step, ctx]);
  return (
    <Box component="section" aria-label={`Sample evidence for “${title}”`}>
      <Typography variant="h3" component="h3" gutterBottom>
        Sample evidence, as pasted
      </Typography>
      <Box
        component="pre"
        tabIndex={0}
        aria-label="Sample evidence text"
        sx={{ p: 1.5, m: 0, mb: 2, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto', fontSize: 14, whiteSpace: 'pre' }}
      >
        {sample}
      </Box>
      {reading && (
        <Alert severity="success" sx={{ mb: 2 }}>
          <strong>The sample reads as: {answerLabel(content, stateId, reading.event)}.</strong> {reading.because}
        </Alert>
      )}
      {findings.length > 0 ? (
        <FindingList findings={findings} />
      ) : (
        <Typography color="text.secondary">The analyzers recognise nothing in this sample.</Typography>
      )}
    </Box>
  );
}
