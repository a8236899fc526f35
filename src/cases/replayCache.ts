import type { AnyStateMachine, EventObject } from 'xstate';
import { replay, type Replayed } from '../flows/shared/replay';

/** Per case answer list (by identity), the replays already made of it: its first n answers → the result. */
const cache = new WeakMap<readonly EventObject[], { machine: AnyStateMachine; at: Map<number, Replayed> }>();

/**
 * `replay(machine, events.slice(0, count))`, made once per answer list and count: moving back and forth between steps
 * (Back, Forward, Change) reuses the same result (the same snapshot and context objects, so what is drawn from them
 * need not be drawn again). A case's answers are never changed in place: a new answer list is a new array.
 */
export function replayTo(machine: AnyStateMachine, events: readonly EventObject[], count = events.length): Replayed {
  const n = Math.max(0, Math.min(count, events.length));
  let entry = cache.get(events);
  if (!entry || entry.machine !== machine) {
    entry = { machine, at: new Map() };
    cache.set(events, entry);
  }
  let r = entry.at.get(n);
  if (!r) {
    r = replay(machine, n === events.length ? events : events.slice(0, n));
    entry.at.set(n, r);
  }
  return r;
}
