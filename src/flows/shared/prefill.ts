import { initialTransition, transition } from 'xstate';
import type { CaseEvent } from './events';
import type { AnyFinding } from '../../evidence/types';
import { stateIdOf } from './replay';
import type { FlowDescriptor } from './types';
import { messagesOf } from './messages';
import handover from './words/handover.yaml?messages';

const say = messagesOf(handover, 'src/flows/shared/words/handover.yaml');

/**
 * Answers as many steps as is already known, from the start of the flow: an answer handed over
 * by another flow (guided triage) for that step when the machine accepts it, else a `read` of the
 * evidence that gives an accepted answer (marked as coming from the evidence); it stops at the
 * first step neither decides.
 */
export function prefillEvents(
  descriptor: FlowDescriptor,
  findings: readonly AnyFinding[],
  now = Date.now(),
  answers: Readonly<Record<string, string>> = {},
): CaseEvent[] {
  const events: CaseEvent[] = [];
  if (!findings.length && Object.keys(answers).length === 0) return events;
  let [snapshot] = initialTransition(descriptor.machine);
  const facts = findings.flatMap((f) => f.rows).slice(0, 60);
  for (let i = 0; i < 100 && snapshot.status === 'active'; i++) {
    const stateId = stateIdOf(snapshot);
    const told = Object.hasOwn(answers, stateId) ? answers[stateId] : undefined;
    if (typeof told === 'string' && snapshot.can({ type: told })) {
      const event: CaseEvent = { type: told, meta: { at: now, via: 'answer', because: say('answeredInTriage') } };
      [snapshot] = transition(descriptor.machine, snapshot, event);
      events.push(event);
      continue;
    }
    const step = descriptor.content.steps[stateId];
    if (!step || !('read' in step) || !step.read) break;
    const reading = step.read([...findings], snapshot.context);
    if (!reading || !snapshot.can(reading.event)) break;
    const event: CaseEvent = { ...reading.event, meta: { at: now, via: 'evidence', because: reading.because, facts } };
    const [next] = transition(descriptor.machine, snapshot, event);
    events.push(event);
    snapshot = next;
  }
  return events;
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** Handed-over answers from untrusted history state: at most 20 state id → event type pairs of plain names. */
export function cleanAnswers(raw: unknown): Record<string, string> | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw).slice(0, 20)) if (NAME.test(k) && typeof v === 'string' && NAME.test(v)) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}
