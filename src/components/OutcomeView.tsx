import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../paths';
import { flowMeta } from '../flows/registry';
import type { OutcomeStep } from '../flows/shared/types';
import { resolveText } from '../flows/shared/text';
import { t } from '../words/messages';

const SEVERITY = { resolved: 'success', 'not-this': 'info', escalate: 'warning' } as const;

export function OutcomeView<C>({ step, ctx, children }: { step: OutcomeStep<C>; ctx: C; children?: React.ReactNode }) {
  const related = step.related ? flowMeta(step.related) : undefined;
  const also = (step.also ?? []).map((a) => ({ ...a, meta: flowMeta(a.flow) })).filter((a) => a.meta);
  const handOver = step.handOver?.map((h) => resolveText(h, ctx)) ?? [];
  return (
    <Stack spacing={2}>
      <Alert severity={SEVERITY[step.result]} variant="outlined">
        <AlertTitle>{step.verdict !== undefined && related ? t('outcome.openFits') : t(`outcome.result.${step.result}`)}</AlertTitle>
        {step.verdict !== undefined ? resolveText(step.verdict, ctx) : t(`outcome.${step.result}`)}
      </Alert>
      {related && (
        <Box>
          <Typography gutterBottom>{t('outcome.fitsBetter')}</Typography>
          <Button variant="contained" component={RouterLink} to={paths.flow(related.id)} state={step.carry?.(ctx)}>
            {t('outcome.open', { title: related.title })}
          </Button>
        </Box>
      )}
      {also.length > 0 && (
        <Box>
          <Typography variant="h3" component="h3" gutterBottom>
            {t('outcome.alsoHeading')}
          </Typography>
          <Box component="ul" sx={{ pl: 3, m: 0 }}>
            {also.map((a) => (
              <li key={a.flow}>
                <Typography>
                  {a.when}:{' '}
                  <Link component={RouterLink} to={paths.flow(a.flow)}>
                    {a.meta!.title}
                  </Link>
                </Typography>
              </li>
            ))}
          </Box>
        </Box>
      )}
      {handOver.length > 0 && (
        <Box>
          <Typography variant="h3" component="h3" gutterBottom>
            {t('outcome.handOverHeading')}
          </Typography>
          <Box component="ul" sx={{ pl: 3, m: 0 }}>
            {handOver.map((h, i) => (
              <li key={i}>
                <Typography>{h}</Typography>
              </li>
            ))}
          </Box>
        </Box>
      )}
      {children}
      <Box>
        <Button component={RouterLink} to={paths.home()} variant={related ? 'text' : 'outlined'}>
          {t('outcome.backToIssues')}
        </Button>
      </Box>
    </Stack>
  );
}
