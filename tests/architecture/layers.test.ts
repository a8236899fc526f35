import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles, type ImportEdge } from './imports';

/**
 * Data flows one way (DESIGN.md): evidence ← flows ← cases/triage ← components/trainer ← app ← main.
 * A layer may import its own layer and any lower one, never a higher one. `src/paths.ts` and
 * `src/idle.ts` are readable by every layer and import nothing of the app.
 */
const LAYERS: [prefix: string, rank: number][] = [
  ['src/paths.ts', 0],
  ['src/idle.ts', 0],
  ['src/words/', 0],
  ['src/messages/', 0],
  ['src/evidence/', 1],
  ['src/flows/', 2],
  ['src/cases/', 3],
  ['src/triage/', 3],
  ['src/components/', 4],
  ['src/trainer/', 4],
  ['src/app/', 5],
  ['src/main.tsx', 6],
];

function layerOf(file: string): { name: string; rank: number } {
  const hit = LAYERS.find(([prefix]) => file === prefix || file.startsWith(prefix));
  if (!hit) throw new Error(`${file} is in no layer: add its folder to LAYERS in tests/architecture/layers.test.ts`);
  return { name: hit[0], rank: hit[1] };
}

const edges: ImportEdge[] = sourceFiles().flatMap(importsOf);

describe('layering', () => {
  it('reads imports (sanity: the runner imports the flows)', () => {
    expect(edges.some((e) => e.from === 'src/components/CaseRunner.tsx' && e.to.startsWith('src/flows/'))).toBe(true);
  });

  it('has no import against the direction evidence ← flows ← cases/triage ← components/trainer ← app', () => {
    const backward = edges
      .filter((e) => layerOf(e.to).rank > layerOf(e.from).rank)
      .map((e) => `${e.from}:${e.line} imports ${e.to} (${layerOf(e.from).name} may not read ${layerOf(e.to).name})`);
    expect(backward).toEqual([]);
  });

  it('keeps cases and triage apart, and components apart from the trainer', () => {
    const pairs = [
      ['src/cases/', 'src/triage/'],
      ['src/triage/', 'src/cases/'],
      ['src/components/', 'src/trainer/'],
    ];
    const crossing = edges
      .filter((e) => pairs.some(([a, b]) => e.from.startsWith(a!) && e.to.startsWith(b!)))
      .map((e) => `${e.from}:${e.line} imports ${e.to}`);
    expect(crossing).toEqual([]);
  });

  it('has no runtime import cycles', () => {
    const graph = new Map<string, string[]>();
    for (const e of edges) if (!e.typeOnly) graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
