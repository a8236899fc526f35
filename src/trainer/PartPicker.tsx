import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import type { FlowGraph } from './graph';
import type { MapPart } from './parts';
import { t } from '../words/messages';

interface Props {
  parts: MapPart[];
  graph: FlowGraph;
  index: number;
  onChange: (index: number) => void;
}

/** Chooses the part of a map too big for the screen: each part is a branch, named by the step it starts at. */
export function PartPicker({ parts, graph, index, onChange }: Props) {
  const titleOf = (id: string) => graph.nodes.find((n) => n.id === id)?.title ?? id;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }} data-part-count={parts.length}>
      <IconButton aria-label={t('trainer.part.previous')} onClick={() => onChange(index - 1)} disabled={index === 0}>
        <ChevronLeft />
      </IconButton>
      <TextField
        select
        size="small"
        label={t('trainer.part.label', { count: parts.length })}
        value={index}
        onChange={(e) => onChange(Number(e.target.value))}
        sx={{ width: 380 }}
      >
        {parts.map((p) => (
          <MenuItem key={p.index} value={p.index}>
            {p.index + 1}. {titleOf(p.root)}
          </MenuItem>
        ))}
      </TextField>
      <IconButton aria-label={t('trainer.part.next')} onClick={() => onChange(index + 1)} disabled={index === parts.length - 1}>
        <ChevronRight />
      </IconButton>
    </Box>
  );
}
