import type { Answer } from '../flows/shared/types';
import { btn } from './Icon';
import { t } from '../words/messages';

/**
 * Each answer as a real button; the hint becomes part of its description. Plain buttons drawn as MUI's contained and
 * outlined Buttons (global.css `.btn`, `.answer`), so a step move renders no button components.
 */
export function AnswerButtons({ answers, onAnswer, variant = 'contained' }: { answers: Answer[]; onAnswer: (event: string) => void; variant?: 'contained' | 'outlined' }) {
  return (
    <div role="group" aria-label={t('step.answers')} className="answer-buttons">
      {answers.map((a) => (
        <button
          key={a.event}
          type="button"
          className={btn(a.event === 'NOT_SURE' ? 'outlined' : variant, 'medium', 'answer')}
          onClick={() => onAnswer(a.event)}
          data-event={a.event}
        >
          <span>{a.label}</span>
          {a.hint && <span className="answer-hint">{a.hint}</span>}
        </button>
      ))}
    </div>
  );
}
