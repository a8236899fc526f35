import CardActionArea from '@mui/material/CardActionArea';
import Box from '@mui/material/Box';
import { visuallyHidden } from './visuallyHidden';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../paths';
import type { FlowMeta } from '../flows/shared/types';
import { t } from '../words/messagesShell';

/**
 * A small outlined label that looks like MUI's `<Chip size="small" variant="outlined">` (not clickable): the catalog is
 * on every first visit and Chip alone is 2.7 KB gzip.
 */
function Label({ children }: { children: string }) {
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ display: 'inline-block', maxWidth: '100%', px: 1, py: '1px', fontSize: 13, lineHeight: 1.5, border: 1, borderColor: 'divider', borderRadius: 4, overflowWrap: 'break-word' }}
    >
      {children}
    </Typography>
  );
}

/** Every flow as a card: what it's called, what the person sees, where it applies. */
export function FlowCatalog({ flows, headingLevel = 'h3' }: { flows: FlowMeta[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}>
      {flows.map((f) => (
        <li key={f.id}>
          {/* An outlined Card as a Box (the same border and corners): no Paper/Card code on the first visit. */}
          <Box sx={{ height: '100%', overflow: 'hidden', bgcolor: 'background.paper', color: 'text.primary', border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <CardActionArea component={RouterLink} to={paths.flow(f.id)} sx={{ height: '100%', alignItems: 'flex-start' }} data-flow-id={f.id}>
              <Box sx={{ p: 2, '&:last-child': { pb: 3 } }}>
                <Typography variant="h3" component={headingLevel} gutterBottom>
                  {f.title}
                </Typography>
                <Typography variant="body2" sx={{ mb: 1.5 }}>
                  {f.symptom}
                </Typography>
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                  <Typography component="span" sx={visuallyHidden}>
                    {t('catalog.appliesTo')}
                  </Typography>
                  {f.appliesTo.map((a) => (
                    <Label key={a}>{a}</Label>
                  ))}
                </Box>
              </Box>
            </CardActionArea>
          </Box>
        </li>
      ))}
    </Box>
  );
}
