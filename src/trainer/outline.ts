import type { FlowGraph, GraphEdge, GraphNode } from './graph';
import { transitionText } from './layout';

/** One step in the outline, with each way out of it. */
export interface OutlineItem {
  node: GraphNode;
  ways: OutlineWay[];
}

/** The answers that lead from one step to the same next step. */
export interface OutlineWay {
  answers: string[];
  transitions: GraphEdge[];
  target: GraphNode;
  /** The next step written out here; absent when it is written out elsewhere (a loop or a shared step). */
  child?: OutlineItem;
}

/**
 * The flow as a tree for the text alternative: from the first step, depth first;
 * each step is written out once, later mentions refer to it.
 * Steps no path reaches (there should be none) are added at the end so nothing is hidden.
 */
export function outlineOf(graph: FlowGraph): OutlineItem[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();

  const build = (node: GraphNode): OutlineItem => {
    seen.add(node.id);
    const item: OutlineItem = { node, ways: [] };
    const byTarget = new Map<string, GraphEdge[]>();
    for (const e of graph.edges) {
      if (e.source === node.id) byTarget.set(e.target, [...(byTarget.get(e.target) ?? []), e]);
    }
    for (const [targetId, transitions] of byTarget) {
      const target = byId.get(targetId);
      if (!target) continue;
      const way: OutlineWay = { answers: transitions.map(transitionText), transitions, target };
      item.ways.push(way);
      if (!seen.has(targetId)) way.child = build(target);
    }
    return item;
  };

  const roots: OutlineItem[] = [];
  const first = byId.get(graph.initial);
  if (first) roots.push(build(first));
  for (const n of graph.nodes) if (!seen.has(n.id)) roots.push(build(n));
  return roots;
}
