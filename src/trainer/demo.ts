import type { EventObject } from 'xstate';
import { createCase, statusOf } from '../cases/caseOps';
import type { Case, CaseEvent } from '../cases/types';
import type { ExploredPath } from '../flows/shared/explore';
import { replay, stateIdOf } from '../flows/shared/replay';
import { answerLabel } from '../flows/shared/text';
import type { FlowDescriptor } from '../flows/shared/types';
import type { FlowGraph } from './graph';
import { t } from '../words/messages';

/** The title every demo case gets, so trainers (and their students) can tell them from real ones. */
export function demoTitle(descriptor: FlowDescriptor): string {
  return t('trainer.demoTitle', { title: descriptor.title });
}

/**
 * A case holding the given answers, ready to open in the runner at its last step.
 * Undefined when the machine would not take them all (the demo must be a real run).
 */
export function caseFromEvents(descriptor: FlowDescriptor, events: readonly EventObject[], now = Date.now()): Case | undefined {
  const r = replay(descriptor.machine, events);
  if (r.rejectedAt !== undefined) return undefined;
  const stored: CaseEvent[] = events.map((e) => ({ ...e, meta: { at: now, via: 'answer' } }));
  const c = createCase(descriptor.id, demoTitle(descriptor), now);
  return { ...c, events: stored, position: stored.length, status: statusOf(r.snapshot, descriptor.content) };
}

/** The demo case for a step: the shortest answers that reach it, or undefined when no path does. */
export function demoCaseFor(descriptor: FlowDescriptor, shortest: Map<string, ExploredPath>, stateId: string, now = Date.now()): Case | undefined {
  const path = shortest.get(stateId);
  return path ? caseFromEvents(descriptor, path.events, now) : undefined;
}

/** A path named by its answers: "Yes, Entra joined → Yes, during PIN reset → …". */
export function pathName(descriptor: FlowDescriptor, path: ExploredPath): string {
  return path.events.map((e, i) => answerLabel(descriptor.content, path.states[i], e)).join(' → ');
}

/** Where a case has been on the map: the steps it visited, the transitions it took, where it is now. */
export interface MapTrail {
  visited: Set<string>;
  /** "source|event|target" for each transition taken. */
  taken: Set<string>;
  current: string;
}

export const takenKey = (source: string, event: string, target: string) => `${source}|${event}|${target}`;

export function trailOf(descriptor: FlowDescriptor, events: readonly EventObject[]): MapTrail {
  const { snapshot, trail } = replay(descriptor.machine, events);
  const current = stateIdOf(snapshot);
  const visited = new Set<string>([...trail.map((t) => t.stateId), current]);
  const taken = new Set<string>();
  trail.forEach((t, i) => taken.add(takenKey(t.stateId, t.event.type, trail[i + 1]?.stateId ?? current)));
  return { visited, taken, current };
}

/** True when the edge was taken in the trail. */
export function wasTaken(trail: MapTrail | undefined, edge: FlowGraph['edges'][number]): boolean {
  return !!trail?.taken.has(takenKey(edge.source, edge.event, edge.target));
}
