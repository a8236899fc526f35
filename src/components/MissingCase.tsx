import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useNavigate } from 'react-router';
import { paths } from '../paths';
import type { FlowDescriptor } from '../flows/shared/types';
import { t } from '../words/messages';

/** A case link whose case is not in this browser: say so and offer a new case of the same flow. */
export function MissingCase({ descriptor }: { descriptor: FlowDescriptor }) {
  const navigate = useNavigate();
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h1" gutterBottom>
        {t('runner.missing.heading')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('runner.missing.text')}</Typography>
      <Button variant="contained" onClick={() => navigate(paths.flow(descriptor.id), { replace: true })}>
        {t('runner.missing.start', { title: descriptor.title })}
      </Button>
    </Paper>
  );
}
