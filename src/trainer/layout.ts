import dagre from '@dagrejs/dagre';
import type { FlowGraph, GraphEdge, GraphNode } from './graph';
import { goToWords, kindWords, titleAfterKind } from './words';

export interface Sizes {
  nodeWidth: number;
  /** Font size of a node's title, px. */
  titleFont: number;
  kindFont: number;
  labelFont: number;
  labelWidth: number;
  /** The smallest text size, px on screen, the map may show at its fitted zoom. */
  minText: number;
}

export const NORMAL: Sizes = { nodeWidth: 200, titleFont: 15, kindFont: 14, labelFont: 14, labelWidth: 180, minText: 14 };
export const LARGE: Sizes = { nodeWidth: 280, titleFont: 21, kindFont: 18, labelFont: 18, labelWidth: 240, minText: 18 };

/** The lowest zoom at which every text of the map is at least `minText` px on screen. */
export function readableZoom(s: Sizes): number {
  return s.minText / Math.min(s.titleFont, s.kindFont, s.labelFont);
}

/** Lines a text takes when wrapped at `width` px in a font of `font` px (a generous estimate). */
export function lineCount(text: string, width: number, font: number, em = 0.55): number {
  const perLine = Math.max(8, Math.floor(width / (font * em)));
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

/**
 * A box on the map: a step, or a small "go to" box standing for a step drawn elsewhere
 * (a loop back, a step several answers share, or a branch moved to another part of the map).
 */
export interface DrawNode extends GraphNode {
  /** Set on a "go to" box: the step it stands for and, when that step is in another part, the part's index. */
  ref?: { target: string; part?: number };
}

/** The transitions from one box to another, drawn as one line. */
export interface DrawLink {
  source: string;
  /** The box the line ends at: the target step, or the "go to" box standing for it. */
  to: string;
  transitions: GraphEdge[];
}

export interface DrawGraph {
  nodes: DrawNode[];
  links: DrawLink[];
}

export interface PlacedNode extends DrawNode {
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
  /** The box the line ends at (a step, or a "go to" box). */
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

/** A box's width: "go to" boxes are narrower than steps. */
export function nodeWidth(n: DrawNode, s: Sizes): number {
  return n.ref ? Math.round(s.nodeWidth * 0.8) : s.nodeWidth;
}

function nodeHeight(n: DrawNode, s: Sizes): number {
  const inner = nodeWidth(n, s) - 28;
  const title = lineCount(titleAfterKind(n) || n.title, inner, s.titleFont) * s.titleFont * 1.3;
  // The kind is in bold capitals: wider letters.
  const kind = lineCount(n.ref ? goToWords(n.ref, n) : kindWords(n), inner, s.kindFont, 0.78) * s.kindFont * 1.5;
  return Math.ceil(title + kind + 30);
}

/** Lays a drawn graph out top to bottom with dagre; deterministic for a given graph and sizes. */
export function layoutGraph(graph: DrawGraph, s: Sizes = NORMAL): Placed {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 26, edgesep: 12, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));

  const sizes = new Map<string, { width: number; height: number }>();
  for (const n of graph.nodes) {
    const size = { width: nodeWidth(n, s), height: nodeHeight(n, s) };
    sizes.set(n.id, size);
    g.setNode(n.id, { ...size });
  }
  for (const { source, to, transitions: list } of graph.links) {
    const lines = list.reduce((sum, t) => sum + lineCount(transitionText(t), s.labelWidth - 14, s.labelFont), 0);
    const longest = Math.max(...list.map((t) => transitionText(t).length));
    const width = Math.min(s.labelWidth, Math.ceil(longest * s.labelFont * 0.58) + 16);
    g.setEdge(source, to, { width, height: Math.ceil(lines * s.labelFont * 1.3 + 10), labelpos: 'c' });
  }

  dagre.layout(g);

  const nodes: PlacedNode[] = graph.nodes.map((n) => {
    const p = g.node(n.id);
    const { width, height } = sizes.get(n.id)!;
    return { ...n, x: p.x - width / 2, y: p.y - height / 2, width, height };
  });
  const edges: PlacedEdge[] = graph.links.map(({ source, to, transitions }) => {
    const e = g.edge(source, to);
    return {
      id: `${source}→${to}`,
      source,
      target: to,
      transitions,
      points: (e.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })),
      labelX: e.x ?? 0,
      labelY: e.y ?? 0,
      labelWidth: e.width ?? s.labelWidth,
    };
  });
  const graphLabel = g.graph();
  return { nodes, edges, width: graphLabel.width ?? 0, height: graphLabel.height ?? 0 };
}

/** The whole flow as one drawing: every step once, every pair of steps one line (loops and all). */
export function wholeGraph(graph: FlowGraph): DrawGraph {
  const links = new Map<string, DrawLink>();
  for (const e of graph.edges) {
    const key = `${e.source}→${e.target}`;
    const link = links.get(key) ?? { source: e.source, to: e.target, transitions: [] };
    link.transitions.push(e);
    links.set(key, link);
  }
  return { nodes: graph.nodes, links: [...links.values()] };
}
