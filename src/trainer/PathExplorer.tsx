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
import type { PathList } from './pathList';
import { PathPlayer } from './PathPlayer';
import { plural, t } from '../words/messages';

interface Props {
  descriptor: FlowDescriptor;
  list: PathList;
  /** Index into `list.paths` of the path being played. */
  selected?: number;
  onSelect: (index: number) => void;
  onOpenCase: (path: ExploredPath, position: number) => void;
  /** Shows the path on the map, played up to `position`. */
  onShowOnMap: (index: number, position: number) => void;
}

/** One typical path per outcome, named by its answers; the other ways to the same outcome fold away. Pick one to play it. */
export function PathExplorer({ descriptor, list, selected, onSelect, onOpenCase, onShowOnMap }: Props) {
  const { paths, groups } = list;
  const [outcome, setOutcome] = useState('all');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const names = useMemo(() => paths.map((p) => pathName(descriptor, p)), [descriptor, paths]);
  const shown = groups.filter((g) => outcome === 'all' || g.end === outcome);
  const current = selected !== undefined ? paths[selected] : undefined;
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

  const item = (index: number) => (
    <li key={index}>
      <ListItemButton
        selected={index === selected}
        aria-current={index === selected ? 'true' : undefined}
        data-path-index={index}
        onClick={() => onSelect(index)}
        sx={{ display: 'block' }}
      >
        <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
          {t('trainer.paths.prefix', { n: index + 1 })}
        </Typography>
        <Typography variant="body2" component="span">
          {names[index]}
        </Typography>
      </ListItemButton>
    </li>
  );

  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 4 }}>
        <Typography data-testid="path-count" sx={{ mb: 2 }}>
          <strong>{paths.length}</strong>{' '}
          {t('trainer.paths.countEnd', {
            paths: t(plural(paths.length, 'trainer.paths.count.one', 'trainer.paths.count.other')),
            to: groups.length === 1 ? t('trainer.paths.toOne') : t('trainer.paths.toMany', { count: groups.length }),
          })}
        </Typography>
        <TextField select fullWidth size="small" label={t('trainer.paths.filter')} value={outcome} onChange={(e) => setOutcome(e.target.value)} sx={{ mb: 1 }}>
          <MenuItem value="all">{t('trainer.paths.any', { count: paths.length })}</MenuItem>
          {groups.map((g) => (
            <MenuItem key={g.end} value={g.end}>
              {t('trainer.paths.withCount', { name: g.name, count: g.others.length + 1 })}
            </MenuItem>
          ))}
        </TextField>
        <Box ref={listBox} sx={{ maxHeight: { md: '70vh' }, overflowY: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <List dense aria-label={t('trainer.paths.label')} sx={{ py: 0 }}>
            {shown.map((g) => {
              const open = expanded.has(g.end) || (selected !== undefined && g.others.includes(selected));
              return (
                <li key={g.end}>
                  <ul style={{ padding: 0 }}>
                    <ListSubheader sx={{ lineHeight: 1.4, py: 1, bgcolor: 'background.paper' }} data-group-count={g.others.length + 1} data-outcome={g.end}>
                      {g.name}
                    </ListSubheader>
                    {item(g.typical)}
                    {open && g.others.map(item)}
                    {g.others.length > 0 && (
                      <li>
                        <Button
                          size="small"
                          sx={{ mx: 1, mb: 1 }}
                          aria-expanded={open}
                          onClick={() => setExpanded((old) => (open ? new Set([...old].filter((e) => e !== g.end)) : new Set([...old, g.end])))}
                        >
                          {open
                            ? t('trainer.paths.fold')
                            : `${t(plural(g.others.length, 'trainer.paths.others.one', 'trainer.paths.others.other'), { count: g.others.length })}${g.unsure ? t('trainer.paths.unsure', { count: g.unsure }) : ''}`}
                        </Button>
                      </li>
                    )}
                  </ul>
                </li>
              );
            })}
          </List>
        </Box>
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        {current && selected !== undefined ? (
          <PathPlayer
            key={selected}
            descriptor={descriptor}
            path={current}
            name={t('trainer.paths.name', { n: selected + 1 })}
            onOpenCase={(position) => onOpenCase(current, position)}
            onShowOnMap={(position) => onShowOnMap(selected, position)}
          />
        ) : (
          <Typography color="textSecondary" sx={{ mt: 2 }}>
            {t('trainer.paths.choose')}
          </Typography>
        )}
      </Grid>
    </Grid>
  );
}
