import { describe, expect, it } from 'vitest';
import { flows, loadFlow } from '../../src/flows/registry';
import { outcomePaths } from '../../src/flows/shared/explore';
import type { FlowDescriptor } from '../../src/flows/shared/types';
import { flowGraph } from '../../src/trainer/graph';
import { pathList, unsureAnswers } from '../../src/trainer/pathList';
import { stepWords } from '../../src/trainer/words';

describe.each(flows.map((f) => f.id))('paths and words of %s', (id) => {
  const load = () => loadFlow(id) as Promise<FlowDescriptor>;

  it('lists one typical path per outcome, the others folded under it, outcomes with distinct names, every path once', async () => {
    const d = await load();
    const all = outcomePaths(d);
    const { paths, groups } = pathList(d, flowGraph(d), all);
    expect(paths).toHaveLength(all.length);
    expect(new Set(paths)).toEqual(new Set(all));
    expect(groups.map((g) => g.end).sort()).toEqual([...new Set(all.map((p) => p.end))].sort());
    expect(new Set(groups.map((g) => g.name)).size, 'outcome names').toBe(groups.length);
    // The typical paths come first, numbered 1, 2, 3…; each group's others after them, in order.
    expect(groups.map((g) => g.typical)).toEqual(groups.map((_, i) => i));
    expect(groups.flatMap((g) => g.others)).toEqual(paths.slice(groups.length).map((_, i) => groups.length + i));
    for (const g of groups) {
      const typical = paths[g.typical];
      expect(typical.end).toBe(g.end);
      for (const o of g.others) {
        const other = paths[o];
        expect(other.end).toBe(g.end);
        // No other way here needs fewer "I'm not sure" answers, or as few with fewer steps.
        const [tu, ou] = [unsureAnswers(d, typical), unsureAnswers(d, other)];
        expect(ou > tu || (ou === tu && other.events.length >= typical.events.length), `path ${o + 1} is more typical than ${g.typical + 1}`).toBe(true);
      }
    }
  });

  it('names every step without saying its result twice', async () => {
    const d = await load();
    for (const n of flowGraph(d).nodes) {
      const words = stepWords(n);
      expect(words, n.id).not.toMatch(/not this issue: not this issue|fixed: fixed|escalate: escalate/i);
      expect(words.length, n.id).toBeGreaterThan(5);
    }
  });
});

describe('an outcome title that starts with its result', () => {
  it('is said once', () => {
    expect(stepWords({ kind: 'outcome', result: 'not-this', title: 'Not this issue: the device is not Entra joined' })).toBe('Result: Not this issue: the device is not Entra joined');
    expect(stepWords({ kind: 'outcome', result: 'not-this', title: 'Not this issue' })).toBe('Result: Not this issue');
    expect(stepWords({ kind: 'question', title: 'Is the device joined?' })).toBe('Question: Is the device joined?');
  });
});
