import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { memo, useState } from 'react';
import type { CaseEvent } from '../cases/types';
import type { FlowContent, Step } from '../flows/shared/types';
import { resolveText } from '../flows/shared/text';
import { ActionSteps } from './ActionStepView';
import { AnswerButtons } from './AnswerButtons';
import { EvidenceStepView } from './EvidenceStepView';
import { HowToList } from './HowToList';
import { OutcomeView } from './OutcomeView';
import { Paragraphs } from './Paragraphs';
import { useFocusHeading } from './useFocusHeading';
import { t } from '../words/messages';

interface Props<C> {
  stateId: string;
  step: Step<C>;
  ctx: C;
  content: FlowContent<C>;
  /** Changes on every move, so focus goes to the heading even when the same step shows again. */
  focusKey: unknown;
  onAnswer: (event: CaseEvent) => void;
  outcomeExtra?: React.ReactNode;
  /** Text already in an evidence step's paste box (trainer demos paste the flow's sample). */
  initialPaste?: string;
  /** The answer the case already holds for this step (after Back): its typed values fill the form again. */
  previous?: CaseEvent;
}

/** One step of any flow, rendered from its content. Carries the black-box hooks. */
export const StepView = memo(StepViewImpl) as typeof StepViewImpl;

function StepViewImpl<C>({ stateId, step, ctx, content, focusKey, onAnswer, outcomeExtra, initialPaste, previous }: Props<C>) {
  const heading = useFocusHeading(focusKey);
  const [showDetail, setShowDetail] = useState(false);
  const detail = resolveText(step.detail, ctx);
  const answer = (type: string) => onAnswer({ type });
  return (
    <Paper component="section" variant="outlined" data-step-id={stateId} data-step-kind={step.kind} aria-labelledby="step-heading" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="overline" component="p" color="text.secondary">
        {t(`step.kind.${step.kind}`)}
      </Typography>
      <Typography variant="h2" id="step-heading" ref={heading} tabIndex={-1} sx={{ mb: 2, outline: 'none' }}>
        {resolveText(step.title, ctx)}
      </Typography>
      <Paragraphs text={resolveText(step.body, ctx)} />
      <HowToList items={step.howTo} ctx={ctx} />
      {detail && (
        <Box sx={{ mb: 2 }}>
          <Button size="small" onClick={() => setShowDetail((s) => !s)} aria-expanded={showDetail}>
            {showDetail ? t('step.hideDetail') : t('step.showDetail')}
          </Button>
          {showDetail && (
            <Box sx={{ mt: 1, p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }}>
              <Paragraphs text={detail} />
            </Box>
          )}
        </Box>
      )}
      {step.kind === 'action' && <ActionSteps step={step} ctx={ctx} />}
      {(step.kind === 'question' || step.kind === 'check' || step.kind === 'action') && <AnswerButtons answers={step.answers} onAnswer={answer} />}
      {step.kind === 'evidence' && <EvidenceStepView key={String(focusKey)} step={step} stateId={stateId} ctx={ctx} content={content} onAnswer={onAnswer} initialPaste={initialPaste} previous={previous} />}
      {step.kind === 'outcome' && <OutcomeView step={step} ctx={ctx}>{outcomeExtra}</OutcomeView>}
    </Paper>
  );
}
