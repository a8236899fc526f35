import { describe, expect, it } from 'vitest';
import { flows, loadFlow } from '../../src/flows/registry';
import { outcomePaths, shortestPaths, stateIds } from '../../src/flows/shared/explore';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import type { FlowDescriptor } from '../../src/flows/shared/types';
import { caseFromEvents, demoCaseFor, pathName, trailOf, wasTaken } from '../../src/trainer/demo';
import { flowGraph } from '../../src/trainer/graph';

const registered = flows.map((f) => f.id);

describe.each(registered)('demo cases of %s', (id) => {
  const load = () => loadFlow(id) as Promise<FlowDescriptor>;

  it('opens every step as a real run that replays to that step; outcomes get their status', async () => {
    const d = await load();
    const shortest = shortestPaths(d);
    for (const sid of stateIds(d)) {
      const c = demoCaseFor(d, shortest, sid, 1000);
      expect(c, sid).toBeDefined();
      expect(c!.title).toBe(`Demo: ${d.title}`);
      expect(c!.flowId).toBe(d.id);
      expect(c!.position).toBe(c!.events.length);
      const r = replay(d.machine, c!.events);
      expect(r.rejectedAt, sid).toBeUndefined();
      expect(stateIdOf(r.snapshot)).toBe(sid);
      const step = d.content.steps[sid];
      if (step.kind === 'outcome') {
        expect(c!.status).toBe({ resolved: 'resolved', escalate: 'escalated', 'not-this': 'not-this' }[step.result]);
      } else {
        expect(c!.status).toBe('in-progress');
      }
    }
  });

  it('names every outcome path by its answers and marks its trail on the map', async () => {
    const d = await load();
    const g = flowGraph(d);
    const paths = outcomePaths(d);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      const name = pathName(d, p);
      expect(name.split(' → ')).toHaveLength(p.events.length);
      const trail = trailOf(d, p.events);
      expect(trail.current).toBe(p.end);
      expect([...trail.visited].sort()).toEqual([...new Set([...p.states, p.end])].sort());
      // Each answer given is one drawn edge, and only those are highlighted.
      const taken = g.edges.filter((e) => wasTaken(trail, e));
      expect(new Set(taken.map((e) => `${e.source}|${e.event}`))).toEqual(new Set(p.states.map((s, i) => `${s}|${p.events[i].type}`)));
    }
  });
});

describe('demo case builder', () => {
  it('refuses answers the machine would not take', async () => {
    const d = (await loadFlow('pin-reset-allowed-urls')) as FlowDescriptor;
    expect(caseFromEvents(d, [{ type: 'NOT_AN_ANSWER' }])).toBeUndefined();
    expect(demoCaseFor(d, new Map(), 'joined')).toBeUndefined();
  });

  it('names the PIN reset paths with the answers a person sees', async () => {
    const d = (await loadFlow('pin-reset-allowed-urls')) as FlowDescriptor;
    const names = outcomePaths(d).map((p) => pathName(d, p));
    const label = (state: string, event: string) => (d.content.steps[state] as { answers: { event: string; label: string }[] }).answers.find((a) => a.event === event)!.label;
    expect(names).toContain(label('joined', 'NO'));
    expect(names.some((n) => n.startsWith(`${label('joined', 'YES')} → ${label('whereError', 'YES')} → `))).toBe(true);
  });
});
