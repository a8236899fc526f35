import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import { btn, StartIcon } from './Icon';
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
 * (when it switches on or off) and Start over (when it does), never the title or the other commands. Plain elements
 * drawn as MUI's Typography and Buttons were (global.css `.runner-toolbar`, `.btn`).
 */
export const RunnerToolbar = memo(function RunnerToolbar({ title, caseName, canGoBack, canRestart, mapTo, reportTo, onBack, onRestart, onNewCase, onShare }: Props) {
  return (
    <div className="runner-toolbar">
      <ToolbarTitle title={title} caseName={caseName} />
      <div className="runner-commands no-print">
        <BackButton disabled={!canGoBack} onClick={onBack} />
        <CaseCommands canRestart={canRestart} mapTo={mapTo} reportTo={reportTo} onRestart={onRestart} onNewCase={onNewCase} onShare={onShare} />
      </div>
    </div>
  );
});

const ToolbarTitle = memo(function ToolbarTitle({ title, caseName }: { title: string; caseName: string }) {
  return (
    <div className="runner-title">
      <h1>{title}</h1>
      <p className="body2">{caseName}</p>
    </div>
  );
});

const BackButton = memo(function BackButton({ disabled, onClick }: { disabled: boolean; onClick: () => void }) {
  return (
    <button type="button" className={btn('text')} onClick={onClick} disabled={disabled}>
      <StartIcon name="ArrowBack" />
      {t('runner.toolbar.back')}
    </button>
  );
});

type CommandProps = Pick<Props, 'canRestart' | 'mapTo' | 'reportTo' | 'onRestart' | 'onNewCase' | 'onShare'>;

const CaseCommands = memo(function CaseCommands({ canRestart, mapTo, reportTo, onRestart, onNewCase, onShare }: CommandProps) {
  return (
    <>
      <button type="button" className={btn('text')} onClick={onRestart} disabled={!canRestart}>
        <StartIcon name="RestartAlt" />
        {t('runner.toolbar.startOver')}
      </button>
      <RouterLink className={btn('text')} to={mapTo}>
        <StartIcon name="AccountTree" />
        {t('runner.toolbar.map')}
      </RouterLink>
      <button type="button" className={btn('text')} onClick={onNewCase}>
        <StartIcon name="Add" />
        {t('runner.toolbar.newCase')}
      </button>
      <RouterLink className={btn('text')} to={reportTo}>
        <StartIcon name="Description" />
        {t('runner.toolbar.report')}
      </RouterLink>
      <button type="button" className={btn('text')} onClick={onShare}>
        <StartIcon name="Share" />
        {t('runner.toolbar.share')}
      </button>
    </>
  );
});
