import { initialTransition, transition } from 'xstate';
import type { CaseEvent } from './events';
import type { AnyFinding } from '../../evidence/types';
import { stateIdOf } from './replay';
import type { FlowDescriptor } from './types';

/**
 * Answers as many steps as the evidence decides, from the start of the flow:
 * each step with a `read` that gives an accepted answer is answered, marked as
 * coming from the evidence; it stops at the first step the evidence can't decide.
 */
export function prefillEvents(descriptor: FlowDescriptor, findings: readonly AnyFinding[], now = Date.now()): CaseEvent[] {
  const events: CaseEvent[] = [];
  if (!findings.length) return events;
  let [snapshot] = initialTransition(descriptor.machine);
  const facts = findings.flatMap((f) => f.rows).slice(0, 60);
  for (let i = 0; i < 100 && snapshot.status === 'active'; i++) {
    const step = descriptor.content.steps[stateIdOf(snapshot)];
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
