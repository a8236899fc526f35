import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { HowTo } from '../flows/shared/types';
import { resolveText } from '../flows/shared/text';
import { CodeBlock } from './CodeBlock';
import { t } from '../words/messages';

export function HowToList<C>({ items, ctx, title }: { items?: HowTo<C>[]; ctx: C; title?: string }) {
  if (!items?.length) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="h3" component="h3" gutterBottom>
        {title ?? t('step.whereToLook')}
      </Typography>
      <Box component="ul" sx={{ pl: 3, m: 0 }}>
        {items.map((h, i) => (
          <li key={i}>
            <Typography sx={{ mb: 0.5 }}>{resolveText(h.text, ctx)}</Typography>
            {h.code && <CodeBlock code={resolveText(h.code.code, ctx)} label={h.code.label} />}
          </li>
        ))}
      </Box>
    </Box>
  );
}
