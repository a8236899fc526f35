import type { EventObject } from 'xstate';
import type { FlowContent, Text } from './types';

export function resolveText<C>(text: Text<C> | undefined, ctx: C): string {
  if (text === undefined) return '';
  return typeof text === 'function' ? text(ctx) : text;
}

/** The words for an answer given in a step: the button's label, or the flow's description of a typed value. */
export function answerLabel(content: FlowContent<any>, stateId: string, event: EventObject): string {
  const step = content.steps[stateId];
  if (step && 'answers' in step) {
    const a = step.answers.find((x) => x.event === event.type);
    if (a) return a.label;
  }
  if (step?.kind === 'evidence' && step.submit?.event === event.type) {
    return content.describe?.(event) ?? step.submit.label;
  }
  return content.describe?.(event) ?? event.type;
}
