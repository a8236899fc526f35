import { useEffect, useMemo, useRef } from 'react';
import {
  Background,
  BaseEdge,
  Controls,
  EdgeLabelRenderer,
  MiniMap,
  Handle,
  MarkerType,
  Panel,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './map.css';
import { useColorScheme } from '@mui/material/styles';
import type { MapTrail } from './demo';
import { wasTaken } from './demo';
import { transitionText, type Placed, type PlacedEdge, type PlacedNode, type Sizes } from './layout';
import { NodeBox } from './NodeBox';

type StepNodeData = { node: PlacedNode; sizes: Sizes; visited: boolean; current: boolean; onJump: (id: string) => void; hintId: string };
type StepNodeType = Node<StepNodeData, 'step'>;
type PathEdgeData = { edge: PlacedEdge; sizes: Sizes; taken: boolean; dim: boolean };
type PathEdgeType = Edge<PathEdgeData, 'path'>;

/** Keeps a node the keyboard moved to on screen. */
function useShowOnFocus(node: PlacedNode) {
  const { setCenter, getViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  return (e: React.FocusEvent<HTMLElement>) => {
    if (!e.currentTarget.matches(':focus-visible')) return;
    const { x, y, zoom } = getViewport();
    const left = node.x * zoom + x;
    const top = node.y * zoom + y;
    const inside = left >= 0 && top >= 0 && left + node.width * zoom <= width && top + node.height * zoom <= height;
    if (!inside) void setCenter(node.x + node.width / 2, node.y + node.height / 2, { zoom: Math.max(zoom, 0.6) });
  };
}

function StepNode({ data }: NodeProps<StepNodeType>) {
  const { node, sizes, visited, current, onJump, hintId } = data;
  const onFocus = useShowOnFocus(node);
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="trainer-handle" />
      <NodeBox
        node={node}
        sizes={sizes}
        visited={visited}
        current={current}
        onClick={() => onJump(node.id)}
        onFocus={onFocus}
        aria-describedby={hintId}
      />
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="trainer-handle" />
    </>
  );
}

/** A smooth line through dagre's points. */
export function pathThrough(points: { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  if (points.length < 3) return points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ');
  let d = `M${points[0].x},${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i];
    const next = points[i + 1];
    const mid = i === points.length - 2 ? next : { x: (p.x + next.x) / 2, y: (p.y + next.y) / 2 };
    d += ` Q${p.x},${p.y} ${mid.x},${mid.y}`;
  }
  return d;
}

function PathEdge({ data, markerEnd, style }: EdgeProps<PathEdgeType>) {
  if (!data) return null;
  const { edge, sizes, taken, dim } = data;
  return (
    <>
      <BaseEdge path={pathThrough(edge.points)} markerEnd={markerEnd} style={style} />
      <EdgeLabelRenderer>
        <div
          className={`trainer-edge-label${taken ? ' is-taken' : ''}${dim ? ' is-dim' : ''}`}
          data-edge-label={edge.id}
          style={{
            transform: `translate(-50%, -50%) translate(${edge.labelX}px, ${edge.labelY}px)`,
            maxWidth: sizes.labelWidth,
            fontSize: sizes.labelFont,
          }}
        >
          {edge.transitions.map((t) => (
            <div key={t.id} data-edge-event={t.event}>
              {transitionText(t)}
            </div>
          ))}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

const nodeTypes = { step: StepNode };
const edgeTypes = { path: PathEdge };

export interface FlowMapProps {
  placed: Placed;
  sizes: Sizes;
  trail?: MapTrail;
  onJump: (stateId: string) => void;
  /** Id of the text that says what pressing a node does. */
  hintId: string;
  /** Accessible name of the map region. */
  label: string;
  /** Controls shown over the map's top-left corner (they stay reachable in full screen). */
  toolbar?: React.ReactNode;
}

/**
 * The first view: the whole map (or the case's trail) when it fits at a readable size;
 * otherwise readable text around the start (or the case's current step). "Fit View" always shows it all.
 */
function useFirstView(placed: Placed, sizes: Sizes, trail?: MapTrail) {
  const { setViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const shown = useRef<Placed>(undefined);
  useEffect(() => {
    if (shown.current === placed || !width || !height || !placed.nodes.length) return;
    shown.current = placed;
    const focus = trail ? placed.nodes.filter((n) => trail.visited.has(n.id)) : placed.nodes;
    const pad = 24;
    const left = Math.min(...focus.map((n) => n.x));
    const top = Math.min(...focus.map((n) => n.y));
    const right = Math.max(...focus.map((n) => n.x + n.width));
    const bottom = Math.max(...focus.map((n) => n.y + n.height));
    const readable = sizes.titleFont >= 18 ? 0.9 : 0.85;
    const fit = Math.min((width - 2 * pad) / (right - left), (height - 2 * pad) / (bottom - top), 1.1);
    if (fit >= readable) {
      void setViewport({ zoom: fit, x: (width - (right - left) * fit) / 2 - left * fit, y: (height - (bottom - top) * fit) / 2 - top * fit });
      return;
    }
    const anchor = placed.nodes.find((n) => (trail ? n.id === trail.current : n.initial)) ?? focus[0];
    const zoom = readable;
    const x = width / 2 - (anchor.x + anchor.width / 2) * zoom;
    const y = trail ? height / 2 - (anchor.y + anchor.height / 2) * zoom : pad - anchor.y * zoom;
    void setViewport({ x, y, zoom });
  }, [width, height, placed, sizes, trail, setViewport]);
}

const MINIMAP_COLORS: Record<string, string> = {
  question: '#0b5cad',
  evidence: '#5a3e9b',
  action: '#ed6c02',
  check: '#00897b',
  resolved: '#2e7d32',
  'not-this': '#9e9e9e',
  escalate: '#d32f2f',
  unknown: '#9e9e9e',
};

function MapCanvas({ placed, sizes, trail, onJump, hintId, label, toolbar }: FlowMapProps) {
  const { mode, systemMode } = useColorScheme();
  const colorMode = (mode === 'system' ? systemMode : mode) === 'dark' ? 'dark' : 'light';
  useFirstView(placed, sizes, trail);

  const nodes = useMemo<StepNodeType[]>(
    () =>
      placed.nodes.map((n) => ({
        id: n.id,
        type: 'step',
        position: { x: n.x, y: n.y },
        width: n.width,
        height: n.height,
        // Known sizes and handles: edges draw without waiting for the browser to measure.
        handles: [
          { type: 'target', position: Position.Top, x: n.width / 2, y: 0, width: 1, height: 1, id: null },
          { type: 'source', position: Position.Bottom, x: n.width / 2, y: n.height, width: 1, height: 1, id: null },
        ],
        draggable: false,
        selectable: false,
        connectable: false,
        focusable: false,
        domAttributes: { 'aria-roledescription': undefined },
        data: { node: n, sizes, visited: !!trail?.visited.has(n.id), current: trail?.current === n.id, onJump, hintId },
      })),
    [placed, sizes, trail, onJump, hintId],
  );

  const edges = useMemo<PathEdgeType[]>(() => {
    const titles = new Map(placed.nodes.map((n) => [n.id, n.title]));
    const colors = colorMode === 'dark' ? { line: '#a0a7b4', taken: '#7ab8ff' } : { line: '#6b7280', taken: '#0b5cad' };
    return placed.edges.map((e) => {
        const taken = e.transitions.some((t) => wasTaken(trail, t));
        return {
          id: e.id,
          type: 'path',
          source: e.source,
          target: e.target,
          selectable: false,
          focusable: false,
          ariaRole: 'img',
          ariaLabel: `${e.transitions.map(transitionText).join(' or ')}: from “${titles.get(e.source)}” to “${titles.get(e.target)}”`,
          className: taken ? 'is-taken' : trail ? 'is-dim' : undefined,
          markerEnd: { type: MarkerType.ArrowClosed, width: taken ? 10 : 18, height: taken ? 10 : 18, color: taken ? colors.taken : colors.line },
          domAttributes: {
            'aria-roledescription': undefined,
            'data-edge-source': e.source,
            'data-edge-target': e.target,
            'data-edge-events': e.transitions.map((t) => t.event).join(' '),
          } as Record<string, string | undefined>,
          data: { edge: e, sizes, taken, dim: !!trail && !taken },
        };
      });
  }, [placed, sizes, trail, colorMode]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      colorMode={colorMode}
      minZoom={0.1}
      maxZoom={2.5}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      disableKeyboardA11y
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      panActivationKeyCode={null}
      zoomOnDoubleClick={false}
      aria-label={label}
      className="trainer-map"
    >
      <Background gap={24} />
      {toolbar && (
        <Panel position="top-left" className="trainer-toolbar">
          {toolbar}
        </Panel>
      )}
      <Controls showInteractive={false} position="top-right" aria-label="Zoom" fitViewOptions={{ padding: 0.05 }} />
      <MiniMap
        pannable
        zoomable
        position="bottom-left"
        ariaLabel="Overview of the whole map"
        nodeColor={(n) => {
          const node = (n.data as StepNodeData).node;
          return MINIMAP_COLORS[node.kind === 'outcome' ? (node.result ?? 'unknown') : node.kind];
        }}
        nodeStrokeColor={(n) => ((n.data as StepNodeData).current ? '#000' : 'transparent')}
        nodeStrokeWidth={8}
      />
    </ReactFlow>
  );
}

/** The flow drawn as a graph: pan, zoom, fit; every step a button that opens a demo case there. */
export function FlowMap(props: FlowMapProps) {
  return (
    <ReactFlowProvider>
      <MapCanvas {...props} />
    </ReactFlowProvider>
  );
}
