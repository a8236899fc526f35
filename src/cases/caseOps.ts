import type { AnyMachineSnapshot } from 'xstate';
import type { FlowId } from '../flows/ids';
import { stateIdOf } from '../flows/shared/replay';
import type { FlowContent } from '../flows/shared/types';
import { newCaseId } from './store';
import type { Case, CaseEvent, CaseNote, CaseStatus } from './types';

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

/** Longest note kept (the stored schema allows this much). */
export const MAX_NOTE_CHARS = 20_000;
export const MAX_TITLE_CHARS = 300;

/** The case with a note added to a step of its path. */
export function withNote(c: Case, note: { step: number; stateId: string; text: string }, now = Date.now()): Case {
  const text = note.text.trim().slice(0, MAX_NOTE_CHARS);
  if (!text) return c;
  return { ...c, notes: [...c.notes, { id: newCaseId(), step: note.step, stateId: note.stateId, text, at: now }], updatedAt: now };
}

/** The case without one note (matched by step, state and time). */
export function withoutNote(c: Case, note: CaseNote, now = Date.now()): Case {
  const same = (n: CaseNote) => (note.id ? n.id === note.id : !n.id && n.step === note.step && n.stateId === note.stateId && n.at === note.at && n.text === note.text);
  const notes = c.notes.filter((n) => !same(n));
  return { ...c, notes, updatedAt: now };
}

/** The case with a new title (blank falls back to the flow's title, given by the caller). */
export function renamed(c: Case, title: string, fallback: string, now = Date.now()): Case {
  const t = title.trim().slice(0, MAX_TITLE_CHARS) || fallback;
  return { ...c, title: t, updatedAt: now };
}
