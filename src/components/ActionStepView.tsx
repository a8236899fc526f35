import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ActionStep } from '../flows/shared/types';
import { resolveText } from '../flows/shared/text';
import { CodeBlock } from './CodeBlock';

/** Numbered fix steps; commands in copyable blocks filled in from the case. */
export function ActionSteps<C>({ step, ctx }: { step: ActionStep<C>; ctx: C }) {
  return (
    <Box component="ol" sx={{ pl: 3, m: 0, mb: 2, '& > li': { mb: 1.5 } }}>
      {step.steps.map((s, i) => (
        <li key={i}>
          <Typography>{resolveText(s.text, ctx)}</Typography>
          {s.code && <CodeBlock code={resolveText(s.code.code, ctx)} label={s.code.label} />}
        </li>
      ))}
    </Box>
  );
}
