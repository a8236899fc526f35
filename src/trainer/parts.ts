import type { FlowGraph, GraphEdge } from './graph';
import { layoutGraph, readableZoom, type DrawGraph, type DrawLink, type DrawNode, type Placed, type Sizes } from './layout';

/** One part of the map: a branch of the tree drawn on its own so that it fits the screen at a readable size. */
export interface MapPart {
  index: number;
  /** The step the part starts at. */
  root: string;
  /** The steps drawn in full in this part. */
  steps: string[];
  placed: Placed;
}

/** The room the map has on screen, px. */
export interface Room {
  width: number;
  height: number;
}

/**
 * Each step's parent in a breadth-first tree from the first step (answers in their order):
 * the map draws these lines; every other answer points at a small "go to" box instead,
 * so lines never loop back across the map or cross each other.
 */
export function spanningTree(graph: FlowGraph): Map<string, string | null> {
  const parent = new Map<string, string | null>();
  for (const start of [graph.initial, ...graph.nodes.map((n) => n.id)]) {
    if (parent.has(start)) continue;
    parent.set(start, null);
    const queue = [start];
    while (queue.length) {
      const id = queue.shift()!;
      for (const e of graph.edges) {
        if (e.source === id && !parent.has(e.target)) {
          parent.set(e.target, id);
          queue.push(e.target);
        }
      }
    }
  }
  return parent;
}

/** The drawing of one part: its steps, the tree lines between them, "go to" boxes for every other answer. */
function drawPart(graph: FlowGraph, parent: Map<string, string | null>, partOf: Map<string, number>, index: number): DrawGraph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes: DrawNode[] = graph.nodes.filter((n) => partOf.get(n.id) === index);
  const links = new Map<string, DrawLink>();
  for (const e of graph.edges) {
    if (partOf.get(e.source) !== index) continue;
    const tree = parent.get(e.target) === e.source && partOf.get(e.target) === index;
    const to = tree ? e.target : `${e.source}>${e.target}`;
    let link = links.get(to);
    if (!link) {
      link = { source: e.source, to, transitions: [] };
      links.set(to, link);
      if (!tree) {
        const target = byId.get(e.target)!;
        const part = partOf.get(e.target);
        nodes.push({ ...target, id: to, initial: false, ref: { target: e.target, ...(part !== index ? { part } : {}) } });
      }
    }
    link.transitions.push(e as GraphEdge);
  }
  return { nodes, links: [...links.values()] };
}

/**
 * The map in parts that each fit `room` at a readable zoom (every text at least `sizes.minText` px).
 * The whole tree when it fits; otherwise the branch that best halves a part that does not fit moves to a
 * part of its own (its place shows a "go to" box), until every part fits or has no branch left to move.
 */
export function splitMap(graph: FlowGraph, sizes: Sizes, room: Room): MapPart[] {
  const parent = spanningTree(graph);
  const partOf = new Map(graph.nodes.map((n) => [n.id, 0]));
  const roots = [graph.initial];
  const zoom = readableZoom(sizes);
  const fits = (p: Placed) => p.width * zoom <= room.width && p.height * zoom <= room.height;
  // Each part's drawing is recomputed at the end, with the final part numbers on its go-to boxes.

  for (let k = 0; k < roots.length; k++) {
    for (;;) {
      const placed = layoutGraph(drawPart(graph, parent, partOf, k), sizes);
      if (fits(placed)) break;
      const members = graph.nodes.map((n) => n.id).filter((id) => partOf.get(id) === k);
      const below = (id: string) => members.filter((m) => parent.get(m) === id && m !== roots[k]);
      const size = new Map<string, number>();
      const sizeOf = (id: string): number => {
        if (!size.has(id)) size.set(id, 1 + below(id).reduce((sum, m) => sum + sizeOf(m), 0));
        return size.get(id)!;
      };
      // Moving a branch helps when it takes more than one box away: steps below it, or its go-to boxes.
      const movable = (id: string) => sizeOf(id) > 1 || graph.edges.some((e) => e.source === id);
      const depth = new Map<string, number>([[roots[k], 0]]);
      const walk = (id: string) => below(id).forEach((m) => (depth.set(m, depth.get(id)! + 1), walk(m)));
      walk(roots[k]);
      const levels = Math.max(...depth.values()) + 1;
      // Too tall: cut where the rows stop fitting (the go-to box takes the branch's place); too wide: cut the branch that best halves the part.
      const rowsThatFit = placed.height * zoom > room.height ? Math.max(1, Math.floor((levels * room.height) / (placed.height * zoom))) : Infinity;
      let best: string | undefined;
      let bestScore = 0;
      for (const id of members) {
        if (id === roots[k] || !movable(id)) continue;
        const d = depth.get(id) ?? 0;
        const score = rowsThatFit === Infinity ? Math.min(sizeOf(id), members.length - sizeOf(id)) : d >= rowsThatFit - 1 ? 1000 * (levels - d) + sizeOf(id) - 1000 * Math.abs(d - (rowsThatFit - 1)) : 0;
        if (score > bestScore) [best, bestScore] = [id, score];
      }
      if (!best) {
        // Nothing deep enough to cut: fall back to halving.
        for (const id of members) {
          if (id === roots[k] || !movable(id)) continue;
          const score = Math.min(sizeOf(id), members.length - sizeOf(id));
          if (score > bestScore) [best, bestScore] = [id, score];
        }
      }
      if (!best) break;
      const moved = roots.length;
      roots.push(best);
      const move = (id: string) => {
        partOf.set(id, moved);
        for (const m of members) if (parent.get(m) === id) move(m);
      };
      move(best);
    }
  }
  // Cutting top-down moves more than needed: put each moved branch back where it still fits, last moved first.
  for (let k = roots.length - 1; k > 0; k--) {
    const home = partOf.get(parent.get(roots[k]) ?? '');
    if (home === undefined) continue;
    const members = graph.nodes.map((n) => n.id).filter((id) => partOf.get(id) === k);
    for (const id of members) partOf.set(id, home);
    if (!fits(layoutGraph(drawPart(graph, parent, partOf, home), sizes))) for (const id of members) partOf.set(id, k);
  }
  // Number the parts that are left in order.
  const kept = roots.map((_, i) => i).filter((i) => graph.nodes.some((n) => partOf.get(n.id) === i));
  for (const n of graph.nodes) partOf.set(n.id, kept.indexOf(partOf.get(n.id)!));
  return kept.map((k, index) => ({
    index,
    root: roots[k],
    steps: graph.nodes.filter((n) => partOf.get(n.id) === index).map((n) => n.id),
    placed: layoutGraph(drawPart(graph, parent, partOf, index), sizes),
  }));
}

type Point = { x: number; y: number };

function cross(a: Point, b: Point, c: Point, d: Point): boolean {
  const det = (p: Point, q: Point, r: Point) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  const d1 = det(c, d, a);
  const d2 = det(c, d, b);
  const d3 = det(a, b, c);
  const d4 = det(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** How many times two lines of a laid-out map cross (lines that share a box are not counted against each other). */
export function crossings(placed: Placed): number {
  let count = 0;
  const { edges } = placed;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const a = edges[i];
      const b = edges[j];
      if (a.source === b.source || a.source === b.target || a.target === b.source || a.target === b.target) continue;
      for (let s = 1; s < a.points.length; s++) {
        for (let t = 1; t < b.points.length; t++) {
          if (cross(a.points[s - 1], a.points[s], b.points[t - 1], b.points[t])) count++;
        }
      }
    }
  }
  return count;
}
