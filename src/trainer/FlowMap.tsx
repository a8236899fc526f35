import { useMemo } from 'react';
import {
  Background,
  BaseEdge,
  Controls,
  EdgeLabelRenderer,
  Handle,
  MarkerType,
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
import { NodeBox, kindWords } from './NodeBox';

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
        aria-label={`${kindWords(node)}: ${node.title}${current ? ' (current step)' : visited ? ' (visited)' : ''}`}
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
}

function MapCanvas({ placed, sizes, trail, onJump, hintId, label }: FlowMapProps) {
  const { mode, systemMode } = useColorScheme();
  const colorMode = (mode === 'system' ? systemMode : mode) === 'dark' ? 'dark' : 'light';

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
          markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: taken ? colors.taken : colors.line },
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

  const focusIds = trail ? [...trail.visited].map((id) => ({ id })) : undefined;

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      colorMode={colorMode}
      fitView
      fitViewOptions={{ padding: 0.08, maxZoom: 1.1, ...(focusIds?.length ? { nodes: focusIds } : {}) }}
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
      <Controls showInteractive={false} position="top-right" aria-label="Zoom" fitViewOptions={{ padding: 0.08 }} />
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
