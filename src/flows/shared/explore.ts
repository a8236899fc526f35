import { transition, type AnyMachineSnapshot, type EventObject } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { stateIdOf } from './replay';
import type { FlowDescriptor } from './types';

/** The events worth trying in a snapshot: its step's answers and the flow's sample payload events. */
export function eventsFor(descriptor: FlowDescriptor, snapshot: AnyMachineSnapshot): EventObject[] {
  const step = descriptor.content.steps[stateIdOf(snapshot)];
  const answers: EventObject[] = step && 'answers' in step ? step.answers.map((a) => ({ type: a.event })) : [];
  const samples = descriptor.sampleEvents.filter((e) => snapshot.can(e));
  return [...answers, ...samples].filter((e) => snapshot.can(e));
}

export interface ExploredPath {
  /** The final state id. */
  end: string;
  /** The answers, without xstate's init step. */
  events: EventObject[];
  /** The state each event was given in. */
  states: string[];
}

function toPath(p: { state: AnyMachineSnapshot; steps: { event: EventObject; state: AnyMachineSnapshot }[] }): ExploredPath {
  const steps = p.steps.filter((s) => s.event.type !== 'xstate.init');
  // getSimplePaths/getShortestPaths record the state *after* each event; rebuild the state each was given in.
  const states: string[] = [];
  let prev = stateIdOf(p.steps[0].state);
  for (const s of steps) {
    states.push(prev);
    prev = stateIdOf(s.state);
  }
  return { end: stateIdOf(p.state), events: steps.map((s) => s.event), states };
}

/** Every simple path from the start to an outcome. */
export function outcomePaths(descriptor: FlowDescriptor): ExploredPath[] {
  const paths = getSimplePaths(descriptor.machine, { events: (s) => eventsFor(descriptor, s as AnyMachineSnapshot) });
  return paths.filter((p) => p.state.status === 'done').map(toPath);
}

/** The shortest way to every reachable state (one per state id). */
export function shortestPaths(descriptor: FlowDescriptor): Map<string, ExploredPath> {
  const paths = getShortestPaths(descriptor.machine, { events: (s) => eventsFor(descriptor, s as AnyMachineSnapshot) });
  const byState = new Map<string, ExploredPath>();
  for (const p of paths.map(toPath)) {
    const old = byState.get(p.end);
    if (!old || p.events.length < old.events.length) byState.set(p.end, p);
  }
  return byState;
}

/** The machine's state ids, in definition order. */
export function stateIds(descriptor: FlowDescriptor): string[] {
  return Object.keys(descriptor.machine.root.states);
}

/** True when some sequence of answers leads from this snapshot to an outcome (no dead ends, no traps). */
export function canFinish(descriptor: FlowDescriptor, start: AnyMachineSnapshot): boolean {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const s = queue.shift()!;
    if (s.status === 'done') return true;
    const key = `${stateIdOf(s)}|${JSON.stringify(s.context)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const e of eventsFor(descriptor, s)) queue.push(transition(descriptor.machine, s, e)[0]);
  }
  return false;
}
