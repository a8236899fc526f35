import { memo } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { FlowContent } from '../flows/shared/types';
import type { TrailStep } from '../flows/shared/replay';
import { answerLabel, resolveText } from '../flows/shared/text';

/** The steps taken so far, each a way back to that point. */
export const PathPanel = memo(function PathPanel({ trail, content, currentTitle, onGoTo }: { trail: TrailStep[]; content: FlowContent<any>; currentTitle: string; onGoTo: (index: number) => void }) {
  return (
    <Box component="nav" aria-label="Steps so far">
      <Typography variant="h3" component="h2" gutterBottom>
        Step {trail.length + 1}
      </Typography>
      <Box component="ol" sx={{ pl: 3, m: 0, '& li': { mb: 1 } }}>
        {trail.map((t, i) => {
          const step = content.steps[t.stateId];
          const meta = (t.event as { meta?: { via?: string } }).meta;
          return (
            <li key={i}>
              <Link component="button" type="button" onClick={() => onGoTo(i)} sx={{ textAlign: 'left' }} aria-label={`Go back to step ${i + 1}: ${step ? resolveText(step.title, t.context) : t.stateId}`}>
                {step ? resolveText(step.title, t.context) : t.stateId}
              </Link>
              <Typography variant="body2" color="text.secondary">
                {answerLabel(content, t.stateId, t.event)}
                {meta?.via === 'evidence' ? ' (from evidence)' : ''}
              </Typography>
            </li>
          );
        })}
        <li aria-current="step">
          <Typography sx={{ fontWeight: 600 }}>{currentTitle}</Typography>
        </li>
      </Box>
    </Box>
  );
});
