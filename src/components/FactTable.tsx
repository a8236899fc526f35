import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import CheckCircle from '@mui/icons-material/CheckCircle';
import Cancel from '@mui/icons-material/Cancel';
import Warning from '@mui/icons-material/Warning';
import Info from '@mui/icons-material/Info';
import type { FactRow, Mark } from '../evidence/types';
import { t } from '../words/messages';

const MARKS: Record<Mark, { icon: typeof CheckCircle; color: 'success' | 'error' | 'warning' | 'info' }> = {
  pass: { icon: CheckCircle, color: 'success' },
  fail: { icon: Cancel, color: 'error' },
  warn: { icon: Warning, color: 'warning' },
  info: { icon: Info, color: 'info' },
};

/** Parsed facts with pass/fail marks; every value is rendered as text. */
export function FactTable({ rows, caption }: { rows: FactRow[]; caption: string }) {
  return (
    <Table size="small" aria-label={caption} sx={{ '& td': { py: 0.5 } }}>
      <TableBody>
        {rows.map((r, i) => {
          const m = r.mark ? MARKS[r.mark] : undefined;
          const Icon = m?.icon;
          return (
            <TableRow key={i}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 500, width: '45%' }}>
                {r.label}
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>
                {Icon && <Icon color={m.color} fontSize="small" sx={{ verticalAlign: 'text-bottom', mr: 0.5 }} titleAccess={t(`evidence.mark.${r.mark!}`)} />}
                {r.value}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
