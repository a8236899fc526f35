import Chip from '@mui/material/Chip';
import { STATUS_WORDS } from '../../cases/markdown';
import type { CaseStatus } from '../../cases/types';

const COLORS = { 'in-progress': 'primary', resolved: 'success', escalated: 'warning', 'not-this': 'default' } as const;

export function StatusChip({ status }: { status: CaseStatus }) {
  return <Chip size="small" label={STATUS_WORDS[status]} color={COLORS[status]} variant={status === 'in-progress' ? 'outlined' : 'filled'} />;
}
