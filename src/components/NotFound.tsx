import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useFocusHeading } from './useFocusHeading';
import { paths } from '../paths';
import { t } from '../words/messages';

export function NotFound({ what = 'page' }: { what?: string }) {
  const ref = useFocusHeading('not-found');
  return (
    <Paper sx={{ p: { xs: 2, sm: 4 } }} data-page="not-found">
      <Typography variant="h1" ref={ref} tabIndex={-1} gutterBottom>
        {what === 'flow' ? t('notFound.flowHeading') : t('notFound.pageHeading')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{what === 'flow' ? t('notFound.flowText') : t('notFound.pageText')}</Typography>
      <Button variant="contained" component={RouterLink} to={paths.home()}>
        {t('common.goToIssues')}
      </Button>
    </Paper>
  );
}
