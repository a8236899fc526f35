import { useCallback, useEffect, useMemo, useRef } from 'react';
import Box from '@mui/material/Box';
import {
  Background,
  BaseEdge,
  Controls,
  EdgeLabelRenderer,
  MiniMap,
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
import { readableZoom, transitionText, type Placed, type PlacedEdge, type PlacedNode, type Sizes } from './layout';
import { NodeBox } from './NodeBox';
import { t } from '../words/messages';

type StepNodeData = { node: PlacedNode; sizes: Sizes; visited: boolean; current: boolean; onJump: (id: string) => void; onGoTo: (ref: GoTo) => void; hintId: string };
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

/** Where a "go to" box leads: a step, and the part of the map it is drawn in when that is another part. */
export type GoTo = NonNullable<PlacedNode['ref']>;

function StepNode({ data }: NodeProps<StepNodeType>) {
  const { node, sizes, visited, current, onJump, onGoTo, hintId } = data;
  const onFocus = useShowOnFocus(node);
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="trainer-handle" />
      <NodeBox
        node={node}
        sizes={sizes}
        visited={visited}
        current={current}
        onClick={() => (node.ref ? onGoTo(node.ref) : onJump(node.id))}
        onFocus={onFocus}
        aria-describedby={node.ref ? undefined : hintId}
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
  /** A "go to" box in another part was pressed: show that part. */
  onShowPart: (part: number, stateId: string) => void;
  /** Id of the text that says what pressing a node does. */
  hintId: string;
  /** Accessible name of the map region. */
  label: string;
  /** Controls shown in the strip above the map (they stay reachable in full screen). */
  toolbar?: React.ReactNode;
  /** Told the canvas's size, px, whenever it changes (the map is split to fit it). */
  onRoom: (room: { width: number; height: number }) => void;
  /** A step to bring to the middle of the screen once the map is drawn (after a "go to" into this part). */
  reveal?: string;
}

/**
 * The first view: the whole part, as large as fits (it was split to fit at a readable size);
 * when it still does not fit, readable text around the step to show (the case's current step or the part's start).
 * Zooming never goes below the readable zoom on its own ("Fit View" included); the person may zoom out further.
 */
function useFirstView(placed: Placed, sizes: Sizes, trail?: MapTrail, reveal?: string) {
  const { setViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const shown = useRef<Placed>(undefined);
  useEffect(() => {
    if (shown.current === placed || !width || !height || !placed.nodes.length) return;
    shown.current = placed;
    const pad = 16;
    const readable = readableZoom(sizes);
    const fit = Math.min((width - 2 * pad) / placed.width, (height - 2 * pad) / placed.height, 1.6);
    if (fit >= readable) {
      void setViewport({ zoom: fit, x: (width - placed.width * fit) / 2, y: (height - placed.height * fit) / 2 });
      return;
    }
    const anchor = placed.nodes.find((n) => n.id === (reveal ?? trail?.current)) ?? placed.nodes.find((n) => !n.ref) ?? placed.nodes[0];
    const zoom = readable;
    const x = width / 2 - (anchor.x + anchor.width / 2) * zoom;
    const y = reveal || trail ? height / 2 - (anchor.y + anchor.height / 2) * zoom : pad - anchor.y * zoom;
    void setViewport({ x, y, zoom });
  }, [width, height, placed, sizes, trail, reveal, setViewport]);
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

/** React Flow's own labels (controls, overview, keyboard help) in the app's language. */
function flowLabels() {
  return {
    'controls.ariaLabel': t('trainer.flow.controls'),
    'controls.zoomIn.ariaLabel': t('trainer.flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('trainer.flow.zoomOut'),
    'controls.fitView.ariaLabel': t('trainer.flow.fitView'),
    'controls.interactive.ariaLabel': t('trainer.flow.interactive'),
    'minimap.ariaLabel': t('trainer.flow.minimap'),
    'handle.ariaLabel': t('trainer.flow.handle'),
    'node.a11yDescription.default': t('trainer.flow.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('trainer.flow.nodeHelpKeys'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) => t('trainer.flow.nodeMoved', { direction, x, y }),
    'edge.a11yDescription.default': t('trainer.flow.edgeHelp'),
  };
}

function MapCanvas({ placed, sizes, trail, onJump, onShowPart, onRoom, hintId, label, toolbar, reveal }: FlowMapProps) {
  const labels = useMemo(() => flowLabels(), []);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  // Rounded, so a few pixels of change do not split the map again.
  useEffect(() => {
    if (width && height) onRoom({ width: Math.floor((width - 32) / 20) * 20, height: Math.floor((height - 32) / 20) * 20 });
  }, [width, height, onRoom]);
  const { mode, systemMode } = useColorScheme();
  const colorMode = (mode === 'system' ? systemMode : mode) === 'dark' ? 'dark' : 'light';
  useFirstView(placed, sizes, trail, reveal);
  const { setCenter, getZoom } = useReactFlow();
  const onGoTo = useCallback(
    (ref: GoTo) => {
      if (ref.part !== undefined) return onShowPart(ref.part, ref.target);
      const target = placed.nodes.find((n) => n.id === ref.target);
      if (!target) return;
      void setCenter(target.x + target.width / 2, target.y + target.height / 2, { zoom: Math.max(getZoom(), readableZoom(sizes)), duration: 300 });
      document.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(ref.target)}"]`)?.focus({ preventScroll: true });
    },
    [placed, sizes, onShowPart, setCenter, getZoom],
  );

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
        data: { node: n, sizes, visited: !n.ref && !!trail?.visited.has(n.id), current: !n.ref && trail?.current === n.id, onJump, onGoTo, hintId },
      })),
    [placed, sizes, trail, onJump, onGoTo, hintId],
  );

  const edges = useMemo<PathEdgeType[]>(() => {
    const titles = new Map(placed.nodes.map((n) => [n.id, n.title]));
    const stepOf = (id: string) => placed.nodes.find((n) => n.id === id)?.ref?.target ?? id;
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
          ariaLabel: t('trainer.edgeLabel', { answers: e.transitions.map(transitionText).join(t('trainer.orJoin')), from: titles.get(e.source), to: titles.get(e.target) }),
          className: taken ? 'is-taken' : trail ? 'is-dim' : undefined,
          markerEnd: { type: MarkerType.ArrowClosed, width: taken ? 10 : 18, height: taken ? 10 : 18, color: taken ? colors.taken : colors.line },
          domAttributes: {
            'aria-roledescription': undefined,
            'data-edge-source': e.source,
            'data-edge-target': stepOf(e.target),
            'data-edge-events': e.transitions.map((t) => t.event).join(' '),
          } as Record<string, string | undefined>,
          data: { edge: e, sizes, taken, dim: !!trail && !taken },
        };
      });
  }, [placed, sizes, trail, colorMode]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <Box className="trainer-strip" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, px: 1, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
        <Box sx={{ flexGrow: 1, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>{toolbar}</Box>
        {/* Outside the canvas, so it never covers a step. */}
        <MiniMap
          pannable
          zoomable
          className="trainer-minimap"
          ariaLabel={t('trainer.overview')}
          style={{ width: 150, height: 64 }}
          nodeColor={(n) => {
            const node = (n.data as StepNodeData).node;
            return MINIMAP_COLORS[node.kind === 'outcome' ? (node.result ?? 'unknown') : node.kind];
          }}
          nodeStrokeColor={(n) => ((n.data as StepNodeData).current ? '#000' : 'transparent')}
          nodeStrokeWidth={8}
        />
      </Box>
      <Box sx={{ flex: 1, minHeight: 0 }}>
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
          ariaLabelConfig={labels}
          className="trainer-map"
        >
          <Background gap={24} />
          <Controls showInteractive={false} position="top-right" aria-label={t('trainer.zoom')} fitViewOptions={{ padding: 0.02, minZoom: readableZoom(sizes), maxZoom: 1.6 }} />
        </ReactFlow>
      </Box>
    </Box>
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
