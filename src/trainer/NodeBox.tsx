import ButtonBase from '@mui/material/ButtonBase';
import Box from '@mui/material/Box';
import { visuallyHidden } from '../components/visuallyHidden';
import type { GraphNode } from './graph';
import type { DrawNode, Sizes } from './layout';
import { goToWords, kindWords, titleAfterKind } from './words';
import { t } from '../words/messages';

export { kindWords, stepWords, titleAfterKind } from './words';

/** The accent of a kind of step (borders only; text keeps full contrast). */
export function accentOf(node: Pick<GraphNode, 'kind' | 'result'>): string {
  if (node.kind === 'outcome') {
    return node.result === 'resolved' ? 'success.main' : node.result === 'escalate' ? 'error.main' : 'grey.500';
  }
  return { question: 'primary.main', evidence: 'secondary.main', action: 'warning.main', check: '#00897b', unknown: 'grey.500' }[node.kind];
}

interface Props extends Omit<React.ComponentProps<typeof ButtonBase>, 'children'> {
  node: Pick<DrawNode, 'id' | 'kind' | 'result' | 'title' | 'ref'>;
  sizes: Sizes;
  visited?: boolean;
  current?: boolean;
}

/** One step as a box: its kind on top, its title below; a real button (Enter and Space press it). A "go to" box is dashed. */
export function NodeBox({ node, sizes, visited, current, sx, ...rest }: Props) {
  const accent = accentOf(node);
  const ref = node.ref;
  return (
    <ButtonBase
      focusRipple
      className="nodrag nopan"
      {...(ref ? { 'data-ref-to': ref.target, 'data-ref-part': ref.part } : { 'data-node-id': node.id })}
      data-node-kind={node.kind}
      aria-current={current ? 'step' : undefined}
      sx={[
        {
          width: '100%',
          height: '100%',
          // React Flow turns pointer events off on nodes it need not select or drag; this box is a button.
          pointerEvents: 'auto',
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'flex-start',
          justifyContent: 'flex-start',
          textAlign: 'left',
          px: 1.5,
          py: 1,
          borderRadius: node.kind === 'outcome' ? 4 : 1,
          border: 2,
          borderColor: accent,
          borderTopWidth: ref ? 2 : 8,
          borderStyle: ref ? 'dashed' : 'solid',
          bgcolor: 'background.paper',
          color: 'text.primary',
          boxShadow: current ? 6 : visited ? 2 : 0,
          outline: current ? '4px solid' : 'none',
          outlineColor: 'primary.main',
          outlineOffset: 3,
          '&:hover': { bgcolor: 'action.hover' },
          '&.Mui-focusVisible, &:focus-visible': { outline: '4px solid', outlineColor: 'text.primary', outlineOffset: 3 },
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
      {...rest}
    >
      <Box component="span" sx={{ fontSize: sizes.kindFont, fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.04em', lineHeight: 1.5 }}>
        {ref ? goToWords(ref, node) : kindWords(node)}
      </Box>
      <Box component="span" sx={visuallyHidden}>
        :{' '}
      </Box>
      <Box component="span" sx={{ fontSize: sizes.titleFont, lineHeight: 1.3, fontWeight: 500, overflowWrap: 'anywhere', maxWidth: '100%' }}>
        {titleAfterKind(node) || node.title}
      </Box>
      {(current || visited) && (
        <Box component="span" sx={visuallyHidden}>
          {current ? ' (current step)' : ' (visited)'}
        </Box>
      )}
      {(current || visited) && (
        <Box
          component="span"
          aria-hidden
          sx={{
            position: 'absolute',
            top: 0,
            right: 8,
            transform: 'translateY(-60%)',
            px: 1,
            borderRadius: 8,
            fontSize: sizes.kindFont,
            fontWeight: 700,
            bgcolor: current ? 'primary.main' : 'background.paper',
            color: current ? 'primary.contrastText' : 'text.primary',
            border: 1,
            borderColor: current ? 'primary.main' : 'text.secondary',
          }}
        >
          {current ? t('trainer.here') : t('trainer.visited')}
        </Box>
      )}
    </ButtonBase>
  );
}
