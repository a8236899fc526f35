import dagre from '@dagrejs/dagre';
import type { FlowGraph, GraphEdge, GraphNode } from './graph';

export interface Sizes {
  nodeWidth: number;
  /** Font size of a node's title, px. */
  titleFont: number;
  kindFont: number;
  labelFont: number;
  labelWidth: number;
}

export const NORMAL: Sizes = { nodeWidth: 230, titleFont: 14, kindFont: 12, labelFont: 12, labelWidth: 170 };
export const LARGE: Sizes = { nodeWidth: 330, titleFont: 21, kindFont: 16, labelFont: 17, labelWidth: 250 };

/** Lines a text takes when wrapped at `width` px in a font of `font` px (a generous estimate). */
export function lineCount(text: string, width: number, font: number): number {
  const perLine = Math.max(8, Math.floor(width / (font * 0.56)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const len = word.length;
    if (used === 0) used = len;
    else if (used + 1 + len <= perLine) used += 1 + len;
    else {
      lines++;
      used = len;
    }
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
  }
  return lines;
}

export interface PlacedNode extends GraphNode {
  /** Top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The transitions between one pair of steps, drawn as one line with every answer in its label. */
export interface PlacedEdge {
  id: string;
  source: string;
  target: string;
  transitions: GraphEdge[];
  /** The line's points, from the source box's border to the target's. */
  points: { x: number; y: number }[];
  /** Centre of the label. */
  labelX: number;
  labelY: number;
  labelWidth: number;
}

export interface Placed {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

/** The words shown on an edge for one transition. */
export function transitionText(t: GraphEdge): string {
  return t.guard ? `${t.label} (${t.guard})` : t.label;
}

function nodeHeight(n: GraphNode, s: Sizes): number {
  const inner = s.nodeWidth - 28;
  const title = lineCount(n.title, inner, s.titleFont) * s.titleFont * 1.3;
  const kind = s.kindFont * 1.5;
  return Math.ceil(title + kind + 28);
}

/** Lays the flow out top to bottom with dagre; deterministic for a given graph and sizes. */
export function layoutGraph(graph: FlowGraph, s: Sizes = NORMAL): Placed {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 44, edgesep: 16, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));

  const sizes = new Map<string, { width: number; height: number }>();
  for (const n of graph.nodes) {
    const size = { width: s.nodeWidth, height: nodeHeight(n, s) };
    sizes.set(n.id, size);
    g.setNode(n.id, { ...size });
  }

  const groups = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    const key = `${e.source}→${e.target}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  for (const list of groups.values()) {
    const { source, target } = list[0];
    const lines = list.reduce((sum, t) => sum + lineCount(transitionText(t), s.labelWidth - 12, s.labelFont), 0);
    const longest = Math.max(...list.map((t) => transitionText(t).length));
    const width = Math.min(s.labelWidth, Math.ceil(longest * s.labelFont * 0.56) + 14);
    g.setEdge(source, target, { width, height: Math.ceil(lines * s.labelFont * 1.3 + 8), labelpos: 'c' });
  }

  dagre.layout(g);

  const nodes: PlacedNode[] = graph.nodes.map((n) => {
    const p = g.node(n.id);
    const { width, height } = sizes.get(n.id)!;
    return { ...n, x: p.x - width / 2, y: p.y - height / 2, width, height };
  });
  const edges: PlacedEdge[] = [...groups.values()].map((list) => {
    const { source, target } = list[0];
    const e = g.edge(source, target);
    return {
      id: `${source}→${target}`,
      source,
      target,
      transitions: list,
      points: (e.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })),
      labelX: e.x ?? 0,
      labelY: e.y ?? 0,
      labelWidth: e.width ?? s.labelWidth,
    };
  });
  const graphLabel = g.graph();
  return { nodes, edges, width: graphLabel.width ?? 0, height: graphLabel.height ?? 0 };
}
