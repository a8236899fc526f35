import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Box from '@mui/material/Box';
import { visuallyHidden } from './visuallyHidden';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../paths';
import type { FlowMeta } from '../flows/shared/types';

/** Every flow as a card: what it's called, what the person sees, where it applies. */
export function FlowCatalog({ flows, headingLevel = 'h3' }: { flows: FlowMeta[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <Grid container spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {flows.map((f) => (
        <Grid key={f.id} size={{ xs: 12, md: 6 }} component="li">
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardActionArea component={RouterLink} to={paths.flow(f.id)} sx={{ height: '100%', alignItems: 'flex-start' }} data-flow-id={f.id}>
              <CardContent>
                <Typography variant="h3" component={headingLevel} gutterBottom>
                  {f.title}
                </Typography>
                <Typography variant="body2" sx={{ mb: 1.5 }}>
                  {f.symptom}
                </Typography>
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                  <Typography component="span" sx={visuallyHidden}>
                    Applies to:
                  </Typography>
                  {f.appliesTo.map((a) => (
                    <Chip key={a} label={a} size="small" variant="outlined" />
                  ))}
                </Box>
              </CardContent>
            </CardActionArea>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
