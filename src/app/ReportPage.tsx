import { Suspense, use, useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Download from '@mui/icons-material/Download';
import Print from '@mui/icons-material/Print';
import Share from '@mui/icons-material/Share';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { toMarkdown } from '../cases/markdown';
import { createRedactor } from '../cases/redact';
import { buildReport, reportJson } from '../cases/report';
import type { Case } from '../cases/types';
import { useCases } from '../cases/useCases';
import { loadFlow } from '../flows/registry';
import { RedactSwitch } from '../components/cases/RedactSwitch';
import { ReportView } from '../components/cases/ReportView';
import { ShareDialog } from '../components/cases/ShareDialog';
import { useRedactSetting } from '../components/cases/useRedactSetting';
import { copyText, downloadText } from '../components/cases/files';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { paths } from '../paths';
import { t } from '../words/messages';

/** The report of one case: on screen, printable, as Markdown or JSON, optionally redacted. */
export function ReportPage() {
  const { caseId = '' } = useParams();
  const c = useCases().find((x) => x.id === caseId);
  if (!c) return <MissingReport />;
  return (
    <Suspense
      fallback={
        <Box sx={{ display: 'flex', justifyContent: 'center', p: 6 }} role="status" aria-label={t('common.loading')}>
          <CircularProgress />
        </Box>
      }
    >
      <LoadedReport c={c} />
    </Suspense>
  );
}

function MissingReport() {
  useDocumentTitle(t('reportPage.missing.documentTitle'));
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h1" gutterBottom>
        {t('reportPage.missing.heading')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('reportPage.missing.text')}</Typography>
      <Button variant="contained" component={RouterLink} to={paths.cases()}>
        {t('reportPage.missing.goToCases')}
      </Button>
    </Paper>
  );
}

function LoadedReport({ c }: { c: Case }) {
  const descriptor = use(loadFlow(c.flowId));
  const [redact, setRedact] = useRedactSetting();
  const [sharing, setSharing] = useState(false);
  const [notice, setNotice] = useState<string>();
  useDocumentTitle(t('reportPage.documentTitle', { title: c.title }));
  // "Print report" on an outcome opens this page with ?print=1: the print dialog opens once the report is drawn.
  const [params] = useSearchParams();
  const printNow = params.get('print') === '1';
  useEffect(() => {
    if (!printNow || typeof window.print !== 'function') return;
    const t = setTimeout(() => window.print(), 300);
    return () => clearTimeout(t);
  }, [printNow]);

  const { report, json } = useMemo(() => {
    const report = buildReport(c, descriptor);
    const bundle = { report, json: reportJson(c, report) };
    // One redactor for both, so a value gets the same placeholder in the Markdown and the JSON.
    return redact ? createRedactor().deep(bundle) : bundle;
  }, [c, descriptor, redact]);
  const markdown = useMemo(() => toMarkdown(report, { redacted: redact }), [report, redact]);
  const fileBase = `whfb-case-${c.id}${redact ? '-redacted' : ''}`;

  const copy = async () => setNotice((await copyText(markdown)) ? t('reportPage.copied') : t('reportPage.copyRefused'));
  const download = (name: string, text: string, type: string) => {
    if (!downloadText(name, text, type)) setNotice(t('reportPage.cannotDownload'));
  };

  return (
    <Stack spacing={3}>
      <Box component="section" aria-label={t('reportPage.actions')} className="no-print">
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mb: 2 }}>
          <Button startIcon={<ArrowBack />} component={RouterLink} to={paths.flowCase(c.flowId, c.id, c.position)}>
            {t('reportPage.backToCase')}
          </Button>
          <Button variant="contained" startIcon={<ContentCopy />} onClick={copy}>
            {t('reportPage.copyMarkdown')}
          </Button>
          <Button variant="outlined" startIcon={<Download />} onClick={() => download(`${fileBase}.md`, markdown, 'text/markdown')}>
            {t('reportPage.downloadMarkdown')}
          </Button>
          <Button variant="outlined" startIcon={<Download />} onClick={() => download(`${fileBase}.json`, JSON.stringify(json, null, 2), 'application/json')}>
            {t('reportPage.downloadJson')}
          </Button>
          <Button variant="outlined" startIcon={<Print />} onClick={() => window.print()}>
            {t('reportPage.print')}
          </Button>
          <Button variant="outlined" startIcon={<Share />} onClick={() => setSharing(true)}>
            {t('reportPage.shareLink')}
          </Button>
        </Stack>
        <RedactSwitch checked={redact} onChange={setRedact} />
      </Box>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 }, '@media print': { border: 0, p: 0 } }}>
        <ReportView report={report} redacted={redact} />
      </Paper>
      <ShareDialog open={sharing} onClose={() => setSharing(false)} c={c} descriptor={descriptor} />
      <Snackbar open={!!notice} autoHideDuration={6000} onClose={() => setNotice(undefined)} message={notice} />
    </Stack>
  );
}
