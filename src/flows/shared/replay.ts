import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';

export interface TrailStep {
  /** The state the event was answered in. */
  stateId: string;
  event: EventObject;
  /** What the case knew when the step was shown. */
  context: unknown;
}

export interface Replayed {
  snapshot: AnyMachineSnapshot;
  /** Each answered step, in order. */
  trail: TrailStep[];
  /** Index of the first event the machine would not take; undefined when all fit. */
  rejectedAt?: number;
}

/** The current state id of a flat flow machine. */
export function stateIdOf(snapshot: AnyMachineSnapshot): string {
  return typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
}

/**
 * Folds the events over the machine with xstate's pure transition functions.
 * Stops at the first event the current step doesn't accept, so a tampered or
 * outdated event list can never land on a step the machine couldn't reach.
 */
export function replay(machine: AnyStateMachine, events: readonly EventObject[]): Replayed {
  let [snapshot] = initialTransition(machine);
  const trail: TrailStep[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (snapshot.status !== 'active' || !snapshot.can(event)) {
      return { snapshot, trail, rejectedAt: i };
    }
    const stateId = stateIdOf(snapshot);
    const [next] = transition(machine, snapshot, event);
    if (next === snapshot) return { snapshot, trail, rejectedAt: i };
    trail.push({ stateId, event, context: snapshot.context });
    snapshot = next;
  }
  return { snapshot, trail };
}
