import { Suspense, use, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { caseFromShare, checkFits, decodeShare, type SharePayload } from '../cases/share';
import { caseStore } from '../cases/store';
import { loadFlow } from '../flows/registry';
import { stateIdOf } from '../flows/shared/replay';
import { answerLabel, resolveText } from '../flows/shared/text';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFocusHeading } from '../components/useFocusHeading';
import { paths } from '../paths';
import { t } from '../words/messages';

/** Opens a share link: shows what the # fragment carries, then imports it as a new case. Nothing changes until then. */
export function SharePage() {
  const { hash } = useLocation();
  // A new link pasted into this tab changes only the hash; in-page anchors (the skip link) do too, and are ignored.
  const [fragment, setFragment] = useState(hash);
  // Adjusting state to a changed input during render (React's pattern for this), not in an effect.
  if (hash !== fragment && !isAnchor(hash)) setFragment(hash);
  const decoded = useMemo(() => decodeShare(fragment), [fragment]);
  useDocumentTitle(t('sharePage.documentTitle'));
  if (!decoded.ok) return <Problem key={fragment} title={t('sharePage.cannotOpen')} message={decoded.message} />;
  return (
    <Suspense
      fallback={
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 6 }} role="status" aria-label={t('common.loading')}>
          <CircularProgress />
        </Box>
      }
    >
      <Summary key={fragment} payload={decoded.payload} />
    </Suspense>
  );
}

/** True for a fragment that names an element on the page (an in-page link), not a shared case. */
function isAnchor(hash: string): boolean {
  const id = hash.replace(/^#/, '');
  return !id || (id.length < 100 && document.getElementById(id) !== null);
}

function Problem({ title, message }: { title: string; message: string }) {
  const heading = useFocusHeading('share-problem');
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" ref={heading} tabIndex={-1} sx={{ mb: 2, outline: 'none' }}>
        {title}
      </Typography>
      <Alert severity="error" sx={{ mb: 2 }}>
        {message}
      </Alert>
      <Typography sx={{ mb: 2 }}>{t('sharePage.nothingChanged')}</Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" component={RouterLink} to={paths.home()}>
          {t('common.goToIssues')}
        </Button>
        <Button component={RouterLink} to={paths.cases()}>
          {t('sharePage.yourCases')}
        </Button>
      </Stack>
    </Paper>
  );
}

function Summary({ payload }: { payload: SharePayload }) {
  const descriptor = use(loadFlow(payload.flowId));
  const navigate = useNavigate();
  const heading = useFocusHeading('share');
  const [saveProblem, setSaveProblem] = useState<{ reason: string; to: string }>();
  const fit = checkFits(payload, descriptor);
  if (!fit.ok) return <Problem title={t('sharePage.cannotImport')} message={fit.message} />;

  const { snapshot, trail } = fit.replayed;
  const { content } = descriptor;
  const lastId = stateIdOf(snapshot);
  const last = content.steps[lastId];
  const lastTitle = last ? resolveText(last.title, snapshot.context) : lastId;
  const notes = payload.notes?.length ?? 0;

  const importIt = () => {
    const c = caseFromShare(payload, descriptor);
    const res = caseStore.save(c);
    const to = paths.flowCase(c.flowId, c.id, c.events.length);
    if (res.ok) navigate(to, { replace: true });
    else setSaveProblem({ reason: res.reason, to });
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
      <Typography variant="overline" component="p" color="textSecondary">
        {t('sharePage.overline')}
      </Typography>
      <Typography variant="h1" ref={heading} tabIndex={-1} sx={{ mb: 2, outline: 'none', wordBreak: 'break-word' }}>
        {payload.title || descriptor.title}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, mb: 2, '& dt': { fontWeight: 600 }, '& dd': { m: 0 } }}>
        <dt>{t('sharePage.flow')}</dt>
        <dd>{descriptor.title}</dd>
        <dt>{t('sharePage.answers')}</dt>
        <dd>{trail.length}</dd>
        <dt>{t('sharePage.opensAt')}</dt>
        <dd>{t('sharePage.stepAt', { step: trail.length + 1, title: lastTitle })}</dd>
        <dt>{t('sharePage.notes')}</dt>
        <dd>{payload.notes ? notes : t('sharePage.notIncluded')}</dd>
      </Box>
      {trail.length > 0 && (
        <>
          <Typography variant="h2" sx={{ fontSize: '1.2rem', mb: 1 }}>
            {t('sharePage.answersHeading')}
          </Typography>
          <Box component="ol" sx={{ pl: 3, mt: 0, mb: 2 }}>
            {trail.map((entry, i) => {
              const step = content.steps[entry.stateId];
              return (
                <li key={i}>
                  <Typography>
                    {step ? resolveText(step.title, entry.context) : entry.stateId}: <strong>{answerLabel(content, entry.stateId, entry.event)}</strong>
                  </Typography>
                </li>
              );
            })}
          </Box>
        </>
      )}
      <Typography sx={{ mb: 2 }}>{t('sharePage.importNote')}</Typography>
      {saveProblem ? (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={() => navigate(saveProblem.to, { replace: true })}>
              {t('sharePage.openAnyway')}
            </Button>
          }
        >
          <AlertTitle>{t('sharePage.notStored')}</AlertTitle>
          {t('sharePage.staysOpen', { reason: saveProblem.reason })}
        </Alert>
      ) : (
        <Stack direction="row" spacing={1}>
          <Button variant="contained" onClick={importIt}>
            {t('sharePage.import')}
          </Button>
          <Button component={RouterLink} to={paths.home()}>
            {t('common.cancel')}
          </Button>
        </Stack>
      )}
    </Paper>
  );
}
