import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useFocusHeading } from './useFocusHeading';
import { paths } from '../paths';

export function NotFound({ what = 'page' }: { what?: string }) {
  const ref = useFocusHeading('not-found');
  return (
    <Paper sx={{ p: { xs: 2, sm: 4 } }} data-page="not-found">
      <Typography variant="h1" ref={ref} tabIndex={-1} gutterBottom>
        {what === 'flow' ? 'No such troubleshooting flow' : 'Page not found'}
      </Typography>
      <Typography sx={{ mb: 2 }}>
        {what === 'flow'
          ? 'The link points to a flow this app does not have. It may be mistyped or out of date.'
          : 'There is nothing at this address. The link may be mistyped or out of date.'}
      </Typography>
      <Button variant="contained" component={RouterLink} to={paths.home()}>
        Go to the list of issues
      </Button>
    </Paper>
  );
}
