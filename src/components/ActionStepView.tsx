import type { ActionStep } from '../flows/shared/types';
import { resolveText } from '../flows/shared/text';
import { CodeBlock } from './CodeBlock';

/** Numbered fix steps; commands in copyable blocks filled in from the case. Plain elements (global.css `.fix-steps`). */
export function ActionSteps<C>({ step, ctx }: { step: ActionStep<C>; ctx: C }) {
  return (
    <ol className="fix-steps">
      {step.steps.map((s, i) => (
        <li key={i}>
          <p className="body1">{resolveText(s.text, ctx)}</p>
          {s.code && <CodeBlock code={resolveText(s.code.code, ctx)} label={s.code.label} />}
        </li>
      ))}
    </ol>
  );
}
