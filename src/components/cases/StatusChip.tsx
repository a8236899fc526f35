import Chip from '@mui/material/Chip';

import type { CaseStatus } from '../../cases/types';
import { t } from '../../words/messages';

const COLORS = { 'in-progress': 'primary', resolved: 'success', escalated: 'warning', 'not-this': 'default' } as const;

export function StatusChip({ status }: { status: CaseStatus }) {
  return <Chip size="small" label={t(`status.${status}`)} color={COLORS[status]} variant={status === 'in-progress' ? 'outlined' : 'filled'} />;
}
