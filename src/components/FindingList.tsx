import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { describeKind } from '../evidence/kinds';
import type { AnyFinding } from '../evidence/types';
import { FactTable } from './FactTable';
import { t } from '../words/messages';

/** What the analyzers recognised in a paste, each as a summary and a fact table. */
export function FindingList({ findings }: { findings: AnyFinding[] }) {
  return (
    <Box>
      {findings.map((f, i) => (
        <Box key={i} sx={{ mb: 2 }}>
          <Typography variant="subtitle2" component="p">
            {describeKind(f.kind)}: {f.summary}
          </Typography>
          {f.rows.length > 0 && <FactTable rows={f.rows} caption={t('evidence.factsFrom', { kind: describeKind(f.kind) })} />}
        </Box>
      ))}
    </Box>
  );
}
