import { describe, expect, it } from 'vitest';
import { flows, loadFlow } from '../../src/flows/registry';
import { stateIds } from '../../src/flows/shared/explore';
import type { FlowDescriptor } from '../../src/flows/shared/types';
import { and, not, or } from 'xstate';
import { flowGraph, guardName } from '../../src/trainer/graph';
import { LARGE, NORMAL, layoutGraph, lineCount, readableZoom, wholeGraph } from '../../src/trainer/layout';
import { crossings, splitMap } from '../../src/trainer/parts';
import { outlineOf, type OutlineItem } from '../../src/trainer/outline';

type Raw = string | { target?: string | string[]; guard?: unknown } | undefined;

/** The machine's transitions read straight from its definition (not from the graph code under test). */
function configTransitions(d: FlowDescriptor): { key: string; guarded: boolean }[] {
  const states = (d.machine.config.states ?? {}) as Record<string, { on?: Record<string, Raw | Raw[]>; always?: Raw | Raw[] }>;
  const out: { key: string; guarded: boolean }[] = [];
  for (const [source, state] of Object.entries(states)) {
    const groups: [string, Raw | Raw[]][] = Object.entries(state.on ?? {});
    if (state.always) groups.push(['', state.always]);
    for (const [event, value] of groups) {
      const list = Array.isArray(value) ? value : [value];
      for (const t of list) {
        const targets = typeof t === 'string' ? [t] : t?.target === undefined ? [] : Array.isArray(t.target) ? t.target : [t.target];
        for (const target of targets) out.push({ key: `${source}|${event}|${target}`, guarded: list.length > 1 });
      }
    }
  }
  return out;
}

const registered = flows.map((f) => f.id);
/** The map's canvas on a 1920×1080 screen (below the app bar, title and the map's strip). */
const PROJECTOR = { width: 1880, height: 760 };

describe.each(registered)('flow map of %s', (id) => {
  const load = () => loadFlow(id) as Promise<FlowDescriptor>;

  it("has one node per machine state, with the state's id, kind and title from the content", async () => {
    const d = await load();
    const g = flowGraph(d);
    expect(g.nodes.map((n) => n.id)).toEqual(stateIds(d));
    expect(g.initial).toBe(d.machine.config.initial);
    for (const n of g.nodes) {
      expect(n.kind, n.id).toBe(d.content.steps[n.id].kind);
      expect(n.title, n.id).not.toBe('');
    }
  });

  it("has exactly the machine's transitions as edges (source, event, target), guarded branches apart", async () => {
    const d = await load();
    const g = flowGraph(d);
    const expected = configTransitions(d);
    expect(g.edges.map((e) => `${e.source}|${e.event}|${e.target}`).sort()).toEqual(expected.map((t) => t.key).sort());
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
    for (const e of g.edges) {
      const step = d.content.steps[e.source];
      const words = [...('answers' in step ? step.answers.map((a) => a.label) : []), ...(step.kind === 'evidence' && step.submit ? [step.submit.label] : [])];
      expect(words, `${e.id} is labelled with the answer's words`).toContain(e.label);
    }
    const guarded = expected.filter((t) => t.guarded).map((t) => t.key);
    for (const e of g.edges.filter((x) => guarded.includes(`${x.source}|${x.event}|${x.target}`))) {
      expect(e.guard, `${e.id} says which branch it is`).toMatch(/^(if |otherwise)/);
    }
  });

  it('splits the map into parts that fit a 1920×1080 projector at a readable size: every step once, every transition once, no overlaps, no crossings', async () => {
    const d = await load();
    const g = flowGraph(d);
    for (const sizes of [NORMAL, LARGE]) {
      const parts = splitMap(g, sizes, PROJECTOR);
      // Every step is drawn in full in exactly one part; the first part starts at the first step.
      expect(parts.flatMap((p) => p.steps).sort()).toEqual([...stateIds(d)].sort());
      expect(parts[0].root).toBe(g.initial);
      // Every transition is drawn once: a line to its step, or to a go-to box standing for it.
      const drawn = parts.flatMap((p) => p.placed.edges.flatMap((e) => e.transitions.map((t) => t.id)));
      expect(drawn.sort()).toEqual(g.edges.map((e) => e.id).sort());
      for (const p of parts) {
        const zoom = readableZoom(sizes);
        const what = `${sizes === LARGE ? 'large text, ' : ''}part ${p.index + 1} (${p.steps.join(', ')})`;
        // A single step with its answers is the least a part can hold; the map then shows it at the readable zoom.
        if (p.steps.length > 1) {
          expect(p.placed.width * zoom, `${what} width`).toBeLessThanOrEqual(PROJECTOR.width);
          expect(p.placed.height * zoom, `${what} height`).toBeLessThanOrEqual(PROJECTOR.height);
        }
        expect(crossings(p.placed), `crossings in part ${p.index + 1}`).toBe(0);
        for (const a of p.placed.nodes) {
          if (a.ref) expect(g.nodes.map((n) => n.id), 'a go-to box stands for a real step').toContain(a.ref.target);
          if (a.ref?.part !== undefined) expect(parts[a.ref.part].steps).toContain(a.ref.target);
          for (const b of p.placed.nodes) {
            if (a.id >= b.id) continue;
            const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
          }
        }
        for (const e of p.placed.edges) expect(e.points.length, e.id).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('writes every step and every transition in the outline', async () => {
    const d = await load();
    const g = flowGraph(d);
    const seen: string[] = [];
    const ways: string[] = [];
    const walk = (item: OutlineItem) => {
      seen.push(item.node.id);
      for (const w of item.ways) {
        for (const t of w.transitions) ways.push(t.id);
        if (w.child) walk(w.child);
      }
    };
    outlineOf(g).forEach(walk);
    expect([...seen].sort()).toEqual(stateIds(d).sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(ways.sort()).toEqual(g.edges.map((e) => e.id).sort());
  });
});

describe('the hybrid certificate trust map', () => {
  it('reads without a tangle: no two lines cross in any part (the whole flow drawn at once crosses dozens of times)', async () => {
    const g = flowGraph((await loadFlow('hybrid-cert-trust-provisioning')) as FlowDescriptor);
    const whole = crossings(layoutGraph(wholeGraph(g)));
    const parts = splitMap(g, NORMAL, PROJECTOR);
    const split = parts.reduce((sum, p) => sum + crossings(p.placed), 0);
    console.info(`hybrid-cert-trust-provisioning: ${whole} crossings drawn whole, ${split} in ${parts.length} parts`);
    expect(whole).toBeGreaterThan(10);
    expect(split).toBe(0);
  });
});

describe('guards in words', () => {
  it('spells out and/or/not from their parts and never uses a function name (a production build shortens them)', () => {
    expect(guardName(and(['provisioningLaunched', 'alreadyWaited']))).toBe('provisioning launched and already waited');
    expect(guardName(or(['a', not('someDcNeedsFix')]))).toBe('a or not some dc needs fix');
    const t = () => true;
    expect(guardName(t)).toBe('a condition holds');
  });

  it("takes the flow's words for each guard (words.yaml guards), filling a guard's params", async () => {
    const names = { provisioningLaunched: 'setup started', doingIs: 'the task is {doing}' };
    expect(guardName(and(['provisioningLaunched', 'alreadyWaited']), names)).toBe('setup started and already waited');
    expect(guardName({ type: 'doingIs', params: { doing: 'X' } }, names)).toBe('the task is X');
    const d = (await loadFlow('adfs2019-ugs-scope')) as FlowDescriptor;
    const guards = flowGraph(d).edges.flatMap((e) => (e.guard ? [e.guard] : []));
    expect(guards.some((g) => g.includes(d.content.guards!.stsFailedAlone!))).toBe(true);
  });
});

describe('text measuring for the layout', () => {
  it('wraps words into lines and breaks long words', () => {
    expect(lineCount('short', 200, 14)).toBe(1);
    expect(lineCount('a '.repeat(200), 200, 14)).toBeGreaterThan(5);
    expect(lineCount('x'.repeat(100), 100, 10)).toBeGreaterThanOrEqual(5);
  });
});
