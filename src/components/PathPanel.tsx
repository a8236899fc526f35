import { memo } from 'react';
import type { FlowContent } from '../flows/shared/types';
import type { TrailStep } from '../flows/shared/replay';
import { answerLabel, resolveText } from '../flows/shared/text';
import { t } from '../words/messages';

interface Props {
  /** Every answer in the case, also those after the step shown. */
  trail: TrailStep[];
  /** The step shown (its position in the path). */
  at: number;
  content: FlowContent<any>;
  /** The title of the step after the last answer (the next question, or the outcome). */
  endTitle: string;
  onGoTo: (index: number) => void;
}

/**
 * All answers of the case, "check your answers" style: each with "Change", which opens that step. Each row is memoised:
 * a step move re-renders only the rows whose "current" mark changes (the answers come from a cached replay, so the
 * rows' entries keep their identity while the answers stay the same).
 */
export const PathPanel = memo(function PathPanel({ trail, at, content, endTitle, onGoTo }: Props) {
  return (
    <nav aria-label={t('runner.path.label')}>
      <h2 className="heading3">{t('runner.path.stepOf', { at: at + 1, total: trail.length + 1 })}</h2>
      <ol className="path-list">
        {trail.map((entry, i) => (
          <PathRow key={i} entry={entry} i={i} current={i === at} content={content} onGoTo={onGoTo} />
        ))}
        <li aria-current={at === trail.length ? 'step' : undefined} className="path-row">
          <p className={at === trail.length ? 'path-title path-current' : 'path-title'}>{endTitle}</p>
          {at < trail.length && (
            <div className="path-answer">
              <button type="button" className="link-button" onClick={() => onGoTo(trail.length)} aria-label={t('runner.path.goToLabel', { step: trail.length + 1, title: endTitle })}>
                {t('runner.path.goTo')}
              </button>
            </div>
          )}
        </li>
      </ol>
    </nav>
  );
});

interface RowProps {
  entry: TrailStep;
  i: number;
  current: boolean;
  content: FlowContent<any>;
  onGoTo: (index: number) => void;
}

const PathRow = memo(function PathRow({ entry, i, current, content, onGoTo }: RowProps) {
  const step = content.steps[entry.stateId];
  const title = step ? resolveText(step.title, entry.context) : entry.stateId;
  const meta = (entry.event as { meta?: { via?: string } }).meta;
  // Plain elements styled by global.css (.path-row): the rows a move adds draw without compiling new styles.
  return (
    <li aria-current={current ? 'step' : undefined} className="path-row">
      <p className={current ? 'path-title path-current' : 'path-title'}>{title}</p>
      <div className="path-answer">
        <p>
          {answerLabel(content, entry.stateId, entry.event)}
          {meta?.via === 'evidence' ? t('runner.path.fromEvidence') : ''}
        </p>
        {!current && (
          <button type="button" className="link-button" onClick={() => onGoTo(i)} aria-label={t('runner.path.changeLabel', { step: i + 1, title })}>
            {t('runner.path.change')}
          </button>
        )}
      </div>
    </li>
  );
});
