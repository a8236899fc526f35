import { memo } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import RestartAlt from '@mui/icons-material/RestartAlt';
import AccountTree from '@mui/icons-material/AccountTree';
import Add from '@mui/icons-material/Add';
import Description from '@mui/icons-material/Description';
import Share from '@mui/icons-material/Share';
import { Link as RouterLink } from 'react-router';
import { t } from '../words/messages';

interface Props {
  title: string;
  /** The case's own name and start, shown under the flow's title. */
  caseName: string;
  canGoBack: boolean;
  canRestart: boolean;
  mapTo: string;
  reportTo: string;
  onBack: () => void;
  onRestart: () => void;
  onNewCase: () => void;
  onShare: () => void;
}

/**
 * The flow's title and the case's commands. Memoised in parts: moving between steps re-renders only the Back button
 * (when it switches on or off) and Start over (when it does), never the title or the other commands.
 */
export const RunnerToolbar = memo(function RunnerToolbar({ title, caseName, canGoBack, canRestart, mapTo, reportTo, onBack, onRestart, onNewCase, onShare }: Props) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      <ToolbarTitle title={title} caseName={caseName} />
      <Stack direction="row" spacing={1} useFlexGap className="no-print" sx={{ flexWrap: 'wrap' }}>
        <BackButton disabled={!canGoBack} onClick={onBack} />
        <CaseCommands canRestart={canRestart} mapTo={mapTo} reportTo={reportTo} onRestart={onRestart} onNewCase={onNewCase} onShare={onShare} />
      </Stack>
    </Box>
  );
});

const ToolbarTitle = memo(function ToolbarTitle({ title, caseName }: { title: string; caseName: string }) {
  return (
    <Box sx={{ flexGrow: 1, minWidth: 0 }}>
      <Typography variant="h1" sx={{ fontSize: { xs: '1.3rem', sm: '1.6rem' } }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {caseName}
      </Typography>
    </Box>
  );
});

const BackButton = memo(function BackButton({ disabled, onClick }: { disabled: boolean; onClick: () => void }) {
  return (
    <Button startIcon={<ArrowBack />} onClick={onClick} disabled={disabled}>
      {t('runner.toolbar.back')}
    </Button>
  );
});

type CommandProps = Pick<Props, 'canRestart' | 'mapTo' | 'reportTo' | 'onRestart' | 'onNewCase' | 'onShare'>;

const CaseCommands = memo(function CaseCommands({ canRestart, mapTo, reportTo, onRestart, onNewCase, onShare }: CommandProps) {
  return (
    <>
      <Button startIcon={<RestartAlt />} onClick={onRestart} disabled={!canRestart}>
        {t('runner.toolbar.startOver')}
      </Button>
      <Button startIcon={<AccountTree />} component={RouterLink} to={mapTo}>
        {t('runner.toolbar.map')}
      </Button>
      <Button startIcon={<Add />} onClick={onNewCase}>
        {t('runner.toolbar.newCase')}
      </Button>
      <Button startIcon={<Description />} component={RouterLink} to={reportTo}>
        {t('runner.toolbar.report')}
      </Button>
      <Button startIcon={<Share />} onClick={onShare}>
        {t('runner.toolbar.share')}
      </Button>
    </>
  );
});
