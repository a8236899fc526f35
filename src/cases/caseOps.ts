import type { AnyMachineSnapshot } from 'xstate';
import type { FlowId } from '../flows/ids';
import { stateIdOf } from '../flows/shared/replay';
import type { FlowContent } from '../flows/shared/types';
import { newCaseId } from './store';
import type { Case, CaseEvent, CaseStatus } from './types';

export function createCase(flowId: FlowId, title: string, now = Date.now()): Case {
  return { id: newCaseId(), flowId, title, events: [], notes: [], createdAt: now, updatedAt: now, status: 'in-progress', position: 0 };
}

/** The case's status from where its path ends. */
export function statusOf(snapshot: AnyMachineSnapshot, content: FlowContent<unknown>): CaseStatus {
  if (snapshot.status !== 'done') return 'in-progress';
  const step = content.steps[stateIdOf(snapshot)];
  if (step?.kind !== 'outcome') return 'in-progress';
  return step.result === 'resolved' ? 'resolved' : step.result === 'escalate' ? 'escalated' : 'not-this';
}

/** The case with one more answer given at `position`; later answers are dropped. */
export function withAnswer(c: Case, position: number, event: CaseEvent, now = Date.now()): Case {
  const events = [...c.events.slice(0, position), { ...event, meta: { via: 'answer' as const, ...event.meta, at: now } }];
  return { ...c, events, position: events.length, updatedAt: now };
}
