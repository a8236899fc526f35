import Chip from '@mui/material/Chip';

import type { CaseStatus } from '../../cases/types';
import { t } from '../../words/messages';

const COLORS = { 'in-progress': 'primary', resolved: 'success', escalated: 'warning', 'not-this': 'default' } as const;

/** A status is a short phrase: it stays on one line (the theme lets longer chips, such as build ranges, wrap). */
const ONE_LINE = { '& .MuiChip-label': { whiteSpace: 'nowrap' } } as const;

export function StatusChip({ status }: { status: CaseStatus }) {
  return <Chip size="small" label={t(`status.${status}`)} color={COLORS[status]} variant={status === 'in-progress' ? 'outlined' : 'filled'} sx={ONE_LINE} />;
}
