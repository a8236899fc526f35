import Box from '@mui/material/Box';
import type { GraphNode } from './graph';
import { accentOf, kindWords } from './NodeBox';
import { t } from '../words/messages';

const KINDS: Pick<GraphNode, 'kind' | 'result'>[] = [
  { kind: 'question' },
  { kind: 'evidence' },
  { kind: 'action' },
  { kind: 'check' },
  { kind: 'outcome', result: 'resolved' },
  { kind: 'outcome', result: 'not-this' },
  { kind: 'outcome', result: 'escalate' },
];

/** What the colours of the boxes mean (each box also says its kind in words). */
export function Legend() {
  return (
    <Box component="ul" aria-label={t('trainer.kindsLabel')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, p: 0, m: 0, listStyle: 'none' }}>
      {KINDS.map((k) => (
        <Box
          component="li"
          key={kindWords(k)}
          sx={{ px: 1, py: 0.25, fontSize: 13, border: 2, borderTopWidth: 6, borderColor: accentOf(k), borderRadius: k.kind === 'outcome' ? 3 : 1 }}
        >
          {kindWords(k)}
        </Box>
      ))}
    </Box>
  );
}
