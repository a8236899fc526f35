import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { plural, t } from '../words/messages';

/** The last changed answer: the step's title, how many later answers were kept, and those that were dropped. */
export interface AnswerChange {
  title: string;
  kept: number;
  dropped: string[];
}

export interface RunnerNoticesProps {
  /** The case was reopened where it was left: offer a new case instead. */
  continued?: { onClose: () => void; onNewCase: () => void };
  /** Steps answered from pasted evidence or from another flow's answers. */
  prefilled?: { count: number; handedOver: boolean; onClose: () => void };
  /** Evidence was pasted, but it answered none of this flow's steps. */
  pasteNoAnswer?: boolean;
  change?: AnswerChange & { onUndo: () => void; onClose: () => void };
  /** The stored answers stop fitting the flow at this step number. */
  refusedAt?: number;
}

/** Notices above the step. Drawn only when one applies, so a plain step needs no MUI. */
export function RunnerNotices({ continued, prefilled, pasteNoAnswer, change, refusedAt }: RunnerNoticesProps) {
  return (
    <>
      {continued && (
        <Alert severity="info" onClose={continued.onClose} action={<Button color="inherit" size="small" onClick={continued.onNewCase}>{t('runner.startNew')}</Button>}>
          {t('runner.continuing')}
        </Alert>
      )}
      {prefilled && (
        <Alert severity="success" onClose={prefilled.onClose}>
          {prefilled.handedOver
            ? t(plural(prefilled.count, 'runner.handedOver.one', 'runner.handedOver.other'), { count: prefilled.count })
            : t(plural(prefilled.count, 'runner.fromPaste.one', 'runner.fromPaste.other'), { count: prefilled.count })}
        </Alert>
      )}
      {pasteNoAnswer && <Alert severity="info">{t('runner.pasteNoAnswer')}</Alert>}
      {change && <ChangeNotice change={change} />}
      {refusedAt !== undefined && <Alert severity="warning">{t('runner.answersRefused', { step: refusedAt })}</Alert>}
    </>
  );
}

function ChangeNotice({ change }: { change: NonNullable<RunnerNoticesProps['change']> }) {
  const kept = change.kept === 0 ? '' : ` ${t(plural(change.kept, 'runner.change.keptOne', 'runner.change.keptOther'), { count: change.kept })}`;
  return (
    <Alert
      severity={change.dropped.length ? 'warning' : 'success'}
      onClose={change.onClose}
      action={
        <Button color="inherit" size="small" onClick={change.onUndo}>
          {t('runner.change.undo')}
        </Button>
      }
    >
      <Typography variant="body2">
        {t('runner.change.changed', { title: change.title })}
        {kept}
        {change.dropped.length === 0 && ` ${t('runner.change.noneRemoved')}`}
      </Typography>
      {change.dropped.length > 0 && (
        <>
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {t(plural(change.dropped.length, 'runner.change.removedOne', 'runner.change.removedOther'))}
          </Typography>
          <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
            {change.dropped.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </Box>
        </>
      )}
    </Alert>
  );
}
