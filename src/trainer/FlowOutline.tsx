import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { MapTrail } from './demo';
import type { FlowGraph } from './graph';
import { stepWords } from './NodeBox';
import { outlineOf, type OutlineItem } from './outline';
import { t } from '../words/messages';

interface Props {
  graph: FlowGraph;
  trail?: MapTrail;
  onJump: (stateId: string) => void;
}

function status(trail: MapTrail | undefined, id: string): string {
  if (trail?.current === id) return t('trainer.outline.current');
  return trail?.visited.has(id) ? t('trainer.outline.visited') : '';
}

function Item({ item, trail, onJump }: { item: OutlineItem; trail?: MapTrail; onJump: (id: string) => void }) {
  const { node } = item;
  return (
    <li data-outline-id={node.id}>
      <Link component="button" type="button" onClick={() => onJump(node.id)} sx={{ textAlign: 'left', fontWeight: trail?.current === node.id ? 700 : 500 }}>
        {stepWords(node)}
        {status(trail, node.id)}
      </Link>
      {item.ways.length > 0 && (
        <ul>
          {item.ways.map((way) => (
            <li key={way.target.id}>
              <Typography component="span" sx={{ fontStyle: 'italic' }}>
                {way.answers.join(t('trainer.orJoin'))}
              </Typography>
              {' → '}
              {way.child ? (
                <ul>
                  <Item item={way.child} trail={trail} onJump={onJump} />
                </ul>
              ) : (
                <>
                  <Link component="button" type="button" onClick={() => onJump(way.target.id)} sx={{ textAlign: 'left' }}>
                    {stepWords(way.target)}
                  </Link>{' '}
                  <Typography component="span" color="textSecondary">
                    {t('trainer.outline.setOutAbove')}
                  </Typography>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The map as text: the same tree as a nested list; every step's name opens a demo case there. */
export function FlowOutline({ graph, trail, onJump }: Props) {
  const roots = useMemo(() => outlineOf(graph), [graph]);
  return (
    <Box sx={{ '& ul': { pl: 3, my: 0.5 }, '& li': { my: 0.5 }, '& > ul': { pl: 2 } }}>
      <ul aria-label={t('trainer.outline.label')}>
        {roots.map((r) => (
          <Item key={r.node.id} item={r} trail={trail} onJump={onJump} />
        ))}
      </ul>
    </Box>
  );
}
