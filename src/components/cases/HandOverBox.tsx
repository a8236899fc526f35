import { memo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Download from '@mui/icons-material/Download';
import Print from '@mui/icons-material/Print';
import Share from '@mui/icons-material/Share';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../paths';
import { toMarkdown } from '../../cases/markdown';
import { buildReport } from '../../cases/report';
import type { Case } from '../../cases/types';
import type { FlowDescriptor } from '../../flows/shared/types';
import { copyText, downloadText } from './files';
import { t } from '../../words/messages';

/** Every ending hands over: the report for the ticket (copy, download, print) and the share link. */
export const HandOverBox = memo(function HandOverBox({ c, descriptor, onShare }: { c: Case; descriptor: FlowDescriptor; onShare: () => void }) {
  const [notice, setNotice] = useState<string>();
  const markdown = () => toMarkdown(buildReport(c, descriptor), { redacted: false });
  const copy = async () =>
    setNotice((await copyText(markdown())) ? t('handOver.copied') : t('handOver.copyRefused'));
  const download = () => {
    if (!downloadText(`whfb-case-${c.id}.md`, markdown(), 'text/markdown')) setNotice(t('handOver.cannotDownload'));
  };
  return (
    <Box component="section" aria-labelledby="hand-over-heading" className="no-print">
      <Typography variant="h3" component="h3" id="hand-over-heading" gutterBottom>
        {t('handOver.heading')}
      </Typography>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
        {t('handOver.intro')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="contained" startIcon={<ContentCopy />} onClick={copy}>
          {t('handOver.copy')}
        </Button>
        <Button variant="outlined" startIcon={<Download />} onClick={download}>
          {t('handOver.download')}
        </Button>
        <Button variant="outlined" startIcon={<Print />} component={RouterLink} to={`${paths.report(c.id)}?print=1`}>
          {t('handOver.print')}
        </Button>
        <Button variant="outlined" startIcon={<Share />} onClick={onShare}>
          {t('handOver.share')}
        </Button>
      </Stack>
      <Snackbar open={!!notice} autoHideDuration={8000} onClose={() => setNotice(undefined)} message={notice} />
    </Box>
  );
});
