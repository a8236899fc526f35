import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { analyzeEvidence } from '../../src/evidence';
import { FLOW_IDS } from '../../src/flows/ids';
import { allFlows, loadFlow } from '../../src/flows/registry';
import { canFinish, outcomePaths, shortestPaths, stateIds } from '../../src/flows/shared/explore';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { FlowDescriptor } from '../../src/flows/shared/types';

const registered = allFlows.map((f) => f.id);

describe.each(registered)('flow %s (model-based)', (id) => {
  const load = () => loadFlow(id) as Promise<FlowDescriptor>;

  it('has content for every state, and no content without a state', async () => {
    const d = await load();
    const ids = stateIds(d);
    expect(Object.keys(d.content.steps).sort()).toEqual([...ids].sort());
    for (const sid of ids) {
      const node = d.machine.root.states[sid];
      const step = d.content.steps[sid];
      expect(step, sid).toBeDefined();
      expect(step.kind === 'outcome', `${sid}: outcome kind iff final state`).toBe(node.type === 'final');
    }
  });

  it('offers exactly the answers each state accepts', async () => {
    const d = await load();
    for (const sid of stateIds(d)) {
      const step = d.content.steps[sid];
      const handled = [...d.machine.root.states[sid].transitions.keys()].sort();
      const offered = new Set<string>('answers' in step ? step.answers.map((a) => a.event) : []);
      if (step.kind === 'evidence' && step.submit) offered.add(step.submit.event);
      expect([...offered].sort(), `${sid} answers vs machine`).toEqual(handled);
      if (step.kind !== 'outcome') expect(offered.size, `${sid} has a way forward`).toBeGreaterThan(0);
    }
  });

  it('reaches every state', async () => {
    const d = await load();
    const reached = shortestPaths(d);
    expect([...reached.keys()].sort()).toEqual(stateIds(d).sort());
  });

  it('ends every path in an outcome: from every reachable step an outcome can still be reached', async () => {
    const d = await load();
    for (const [sid, p] of shortestPaths(d)) {
      expect(canFinish(d, replay(d.machine, p.events).snapshot), `${sid} can reach an outcome`).toBe(true);
    }
    const paths = outcomePaths(d);
    const finals = stateIds(d).filter((s) => d.machine.root.states[s].type === 'final');
    expect([...new Set(paths.map((p) => p.end))].sort()).toEqual(finals.sort());
    for (const p of paths) expect(d.content.steps[p.end].kind).toBe('outcome');
  });

  it('replays every path to its outcome; dropping the last event goes back one step', async () => {
    const d = await load();
    for (const p of outcomePaths(d)) {
      const r = replay(d.machine, p.events);
      expect(r.rejectedAt).toBeUndefined();
      expect(stateIdOf(r.snapshot)).toBe(p.end);
      expect(r.trail.map((t) => t.stateId)).toEqual(p.states);
      const back = replay(d.machine, p.events.slice(0, -1));
      expect(stateIdOf(back.snapshot)).toBe(p.states[p.states.length - 1]);
    }
  });

  it('renders every step\'s words in every context it can be reached with', async () => {
    const d = await load();
    // Fold each path once, keeping one snapshot per distinct (step, context).
    const seen = new Map<string, AnyMachineSnapshot>();
    const keep = (s: AnyMachineSnapshot) => seen.set(`${stateIdOf(s)}|${JSON.stringify(s.context)}`, s);
    for (const p of outcomePaths(d)) {
      let [s] = initialTransition(d.machine);
      keep(s);
      for (const e of p.events) {
        [s] = transition(d.machine, s, e);
        keep(s);
      }
    }
    for (const s of seen.values()) {
      const step = d.content.steps[stateIdOf(s)];
      expect(resolveText(step.title, s.context).trim().length).toBeGreaterThan(0);
      resolveText(step.body, s.context);
      if (step.kind === 'action') for (const a of step.steps) expect(resolveText(a.text, s.context).trim()).not.toBe('');
      if (step.kind === 'action') for (const a of step.steps) if (a.code) expect(resolveText(a.code.code, s.context).trim()).not.toBe('');
      if (step.kind === 'outcome') for (const h of step.handOver ?? []) expect(resolveText(h, s.context).trim()).not.toBe('');
    }
  });

  it('reads its own sample evidence into an answer the step accepts', async () => {
    const d = await load();
    const reached = shortestPaths(d);
    for (const sid of stateIds(d)) {
      const step = d.content.steps[sid];
      if (step.kind !== 'evidence' || !step.read) continue;
      expect(step.sample, `${sid} has a sample`).toBeTruthy();
      const snap = replay(d.machine, reached.get(sid)!.events).snapshot;
      const reading = step.read(analyzeEvidence(step.sample!), snap.context);
      expect(reading, `${sid} reads its sample`).toBeDefined();
      expect(snap.can(reading!.event), `${sid} accepts the reading`).toBe(true);
    }
  });

  it('has references to its sources', async () => {
    const d = await load();
    expect(d.content.references.length).toBeGreaterThan(0);
  });
});

describe('registry', () => {
  it('registers flows only under the fixed ids', () => {
    for (const id of registered) expect(FLOW_IDS).toContain(id);
  });
});
