import { transition, type AnyStateMachine } from 'xstate';
import { replay, stateIdOf, type TrailStep } from '../flows/shared/replay';
import type { CaseEvent } from './types';

/** Two answers are the same when the event and its values are (when and how it was given don't count). */
export function sameAnswer(a: CaseEvent | undefined, b: CaseEvent | undefined): boolean {
  if (!a || !b) return false;
  const { meta: _a, ...x } = a;
  const { meta: _b, ...y } = b;
  return JSON.stringify(x) === JSON.stringify(y);
}

export interface Changed {
  /** The new answer list: the answers before `position`, the new answer, then the later answers that still fit. */
  events: CaseEvent[];
  /** How many later answers were kept. */
  kept: number;
  /** The later answers that no longer fit (the step they answered, with what the case knew then). */
  dropped: TrailStep[];
}

/**
 * The answer at `position` replaced by `event`; the later answers are replayed through the machine and kept
 * while each is asked at the same step as before and the machine takes it. From the first one that no longer
 * fits, the rest are dropped (they were answers to questions this path no longer asks).
 */
export function changeAnswer(machine: AnyStateMachine, events: readonly CaseEvent[], position: number, event: CaseEvent): Changed {
  const before = replay(machine, events).trail;
  const head = [...events.slice(0, position), event];
  let { snapshot } = replay(machine, head);
  const later = before.slice(position + 1);
  let kept = 0;
  for (const t of later) {
    if (snapshot.status !== 'active' || stateIdOf(snapshot) !== t.stateId || !snapshot.can(t.event)) break;
    const [next] = transition(machine, snapshot, t.event);
    if (next === snapshot) break;
    snapshot = next;
    kept++;
  }
  return {
    events: [...head, ...(later.slice(0, kept).map((t) => t.event) as CaseEvent[])],
    kept,
    dropped: later.slice(kept),
  };
}
