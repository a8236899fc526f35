import { memo, useState } from 'react';
import type { CaseEvent } from '../cases/types';
import type { FlowContent, Step } from '../flows/shared/types';
import { resolveText } from '../flows/shared/text';
import { ActionSteps } from './ActionStepView';
import { AnswerButtons } from './AnswerButtons';
import { HowToList } from './HowToList';
import { btn } from './Icon';
import { Paragraphs } from './Paragraphs';
import { runnerParts } from './runnerParts';
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
    // Plain elements styled by global.css (.step, .step-kind, .step-title…), drawn as MUI's Paper and Typography were.
    <section className="step" data-step-id={stateId} data-step-kind={step.kind} aria-labelledby="step-heading">
      <p className="step-kind">{t(`step.kind.${step.kind}`)}</p>
      <h2 className="step-title" id="step-heading" ref={heading} tabIndex={-1}>
        {resolveText(step.title, ctx)}
      </h2>
      <Paragraphs text={resolveText(step.body, ctx)} />
      <HowToList items={step.howTo} ctx={ctx} />
      {detail && (
        <div className="step-block">
          <button type="button" className={btn('text', 'small')} onClick={() => setShowDetail((s) => !s)} aria-expanded={showDetail}>
            {showDetail ? t('step.hideDetail') : t('step.showDetail')}
          </button>
          {showDetail && (
            <div className="step-detail">
              <Paragraphs text={detail} />
            </div>
          )}
        </div>
      )}
      {step.kind === 'action' && <ActionSteps step={step} ctx={ctx} />}
      {(step.kind === 'question' || step.kind === 'check' || step.kind === 'action') && <AnswerButtons answers={step.answers} onAnswer={answer} />}
      {/* Evidence forms and outcome cards use MUI: they load with its theme when first needed (or on a pointer over the runner). */}
      {step.kind === 'evidence' && <runnerParts.Evidence key={String(focusKey)} step={step} stateId={stateId} ctx={ctx} content={content} onAnswer={onAnswer} initialPaste={initialPaste} previous={previous} />}
      {step.kind === 'outcome' && <runnerParts.Outcome step={step} ctx={ctx}>{outcomeExtra}</runnerParts.Outcome>}
    </section>
  );
}
