import { useEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ExploredPath } from '../flows/shared/explore';
import type { FlowDescriptor } from '../flows/shared/types';
import { pathName } from './demo';
import type { FlowGraph } from './graph';
import { PathPlayer } from './PathPlayer';

interface Props {
  descriptor: FlowDescriptor;
  graph: FlowGraph;
  paths: ExploredPath[];
  /** Index into `paths` of the path being played. */
  selected?: number;
  onSelect: (index: number) => void;
  onOpenCase: (path: ExploredPath, position: number) => void;
  /** Shows the path on the map, played up to `position`. */
  onShowOnMap: (index: number, position: number) => void;
}

const LIMIT = 20;

/** Every path from the start to an outcome, named by its answers; pick one to play it. */
export function PathExplorer({ descriptor, graph, paths, selected, onSelect, onOpenCase }: Props) {
  const [outcome, setOutcome] = useState('all');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const named = useMemo(() => paths.map((p, i) => ({ path: p, index: i, name: pathName(descriptor, p) })), [descriptor, paths]);
  const outcomes = useMemo(() => {
    const ends = new Map<string, number>();
    for (const p of paths) ends.set(p.end, (ends.get(p.end) ?? 0) + 1);
    return [...ends].map(([id, count]) => ({ id, count, title: graph.nodes.find((n) => n.id === id)?.title ?? id }));
  }, [graph, paths]);
  const shown = outcomes.filter((o) => outcome === 'all' || o.id === outcome);
  const current = selected !== undefined ? named[selected] : undefined;
  const listBox = useRef<HTMLDivElement>(null);

  // A path opened from a link is scrolled into the list's view (the page itself does not move).
  useEffect(() => {
    const box = listBox.current;
    const item = box?.querySelector<HTMLElement>(`[data-path-index="${selected}"]`);
    if (!box || !item) return;
    const top = item.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (top < 0 || top > box.clientHeight - item.offsetHeight) box.scrollTop += top - box.clientHeight / 3;
    // Only when a path is chosen, not while the person scrolls the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);
  /** A group's paths, shortest first; long groups show the first few (and the one being played) until expanded. */
  const visibleIn = (end: string) => {
    const all = named.filter((n) => n.path.end === end).sort((a, b) => a.path.events.length - b.path.events.length || a.index - b.index);
    if (expanded.has(end) || all.length <= LIMIT) return all;
    return all.filter((n, i) => i < LIMIT || n.index === selected);
  };

  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 4 }}>
        <Typography data-testid="path-count" sx={{ mb: 2 }}>
          <strong>{paths.length}</strong> {paths.length === 1 ? 'path leads' : 'paths lead'} from the start to an outcome.
        </Typography>
        <TextField select fullWidth size="small" label="Show paths ending in" value={outcome} onChange={(e) => setOutcome(e.target.value)} sx={{ mb: 1 }}>
          <MenuItem value="all">Any outcome ({paths.length})</MenuItem>
          {outcomes.map((o) => (
            <MenuItem key={o.id} value={o.id}>
              {o.title} ({o.count})
            </MenuItem>
          ))}
        </TextField>
        <Box ref={listBox} sx={{ maxHeight: { md: '70vh' }, overflowY: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <List dense aria-label="Paths" sx={{ py: 0 }}>
            {shown.map((o) => (
              <li key={o.id}>
                <ul style={{ padding: 0 }}>
                  <ListSubheader sx={{ lineHeight: 1.4, py: 1, bgcolor: 'background.paper' }} data-group-count={o.count}>
                    {o.title} ({o.count})
                  </ListSubheader>
                  {visibleIn(o.id).map((n) => (
                      <li key={n.index}>
                        <ListItemButton
                          selected={n.index === selected}
                          aria-current={n.index === selected ? 'true' : undefined}
                          data-path-index={n.index}
                          onClick={() => onSelect(n.index)}
                          sx={{ display: 'block' }}
                        >
                          <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
                            Path {n.index + 1}:{' '}
                          </Typography>
                          <Typography variant="body2" component="span">
                            {n.name}
                          </Typography>
                        </ListItemButton>
                      </li>
                    ))}
                  {o.count > LIMIT && !expanded.has(o.id) && (
                    <li>
                      <Button size="small" sx={{ m: 1 }} onClick={() => setExpanded((old) => new Set([...old, o.id]))}>
                        Show all {o.count} paths ending here
                      </Button>
                    </li>
                  )}
                </ul>
              </li>
            ))}
          </List>
        </Box>
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        {current ? (
          <PathPlayer
            key={current.index}
            descriptor={descriptor}
            path={current.path}
            name={`Path ${current.index + 1}`}
            onOpenCase={(position) => onOpenCase(current.path, position)}
          />
        ) : (
          <Typography color="text.secondary" sx={{ mt: 2 }}>
            Choose a path to play it step by step.
          </Typography>
        )}
      </Grid>
    </Grid>
  );
}

