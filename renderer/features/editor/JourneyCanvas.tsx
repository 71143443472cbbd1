import {
  Background,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  type Connection,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { commands, type AddableNodeType } from '../../../shared/graph';
import type { Position } from '../../../shared/model';
import type { Problem } from '../../../shared/validation';
import { useEditorStore } from '../../stores/editor-store';
import { refusedSummaries, withPercentDrafts } from '../../stores/field-drafts';
import {
  useEditorActions,
  useEditorBody,
  useReadOnly,
  useSelection,
} from '../../stores/editor-selectors';
import { CANVAS_ARIA_LABELS, useQuietMapImages } from './canvas-aria';
import { useInitialView, useKeepViewOnResize } from './canvas-view';
import { addNodeDroppedAt, addNodeFree } from './editor-actions';
import { addSpotsIn, nearestAddSpot } from './drop-target';
import { edgeTypes } from './edges/PathEdge';
import './editor-keyboard.css';
import { onCanvasFocus, onCanvasKeyDown, useSelectFocusedNodeOnUse } from './canvas-keyboard';
import { createEdgeMapper, createNodeMapper } from './flow-mapping';
import { useFocusedCardInView } from './focus-into-view';
import { MapControls } from './MapControls';
import { useFlowTabOrder } from './map-tab-order';
import type { FlowNode } from './nodes/flow-types';
import { nodeTypes } from './nodes/node-types';
import { PALETTE_MIME } from './Palette';
import { useWorkspaceStore } from '../settings/workspace-store';

/** Above this many nodes, only what is in view is rendered. */
const VISIBLE_ONLY_THRESHOLD = 400;

/** Applies React Flow's change events: live drag, one history entry per move, selection, sizes. */
function useNodeChanges(
  setDrag: (d: Record<string, Position> | null) => void,
  dragRef: { current: Record<string, Position> | null },
  measured: Map<string, { width: number; height: number }>,
  bumpMeasured: () => void,
) {
  const { execute, setSelection } = useEditorActions();
  return useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      let sized = false;
      let selection: Set<string> | null = null;
      const moving: Record<string, Position> = {};
      const moved: Record<string, Position> = {};
      for (const c of changes) {
        if (c.type === 'dimensions' && c.dimensions) {
          const prev = measured.get(c.id);
          if (!prev || prev.width !== c.dimensions.width || prev.height !== c.dimensions.height) {
            measured.set(c.id, c.dimensions);
            sized = true;
          }
        } else if (c.type === 'position' && c.position) {
          (c.dragging ? moving : moved)[c.id] = c.position;
        } else if (c.type === 'position' && !c.dragging && dragRef.current?.[c.id]) {
          moved[c.id] = dragRef.current[c.id];
        } else if (c.type === 'select') {
          selection ??= new Set(useEditorStore.getState().selection);
          if (c.selected) selection.add(c.id);
          else selection.delete(c.id);
        }
      }
      if (sized) bumpMeasured();
      if (Object.keys(moving).length > 0) {
        dragRef.current = { ...dragRef.current, ...moving };
        setDrag(dragRef.current);
      }
      if (Object.keys(moved).length > 0) {
        // A whole drag (or one arrow-key nudge) is one undo step.
        execute(commands.moveNodes({ ...dragRef.current, ...moved }));
        dragRef.current = null;
        setDrag(null);
      }
      if (selection) setSelection([...selection]);
    },
    [execute, setSelection, measured, bumpMeasured, dragRef, setDrag],
  );
}

/** Focusable controls, for a field whose frame (a fieldset, a div) carries its problem field. */
const CONTROL = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled])';
/** In a frame of radios, the chosen one is the group's Tab stop, so it takes focus. */
const CHOSEN = 'input[type="radio"]:checked:not([disabled])';

/**
 * The inspector's control for a problem field: the first element marked with it (`data-field`, a
 * space-separated list), else the
 * field's setting (`params.input` for `params.input.url`); a frame gives its first control.
 */
function inspectorControl(field: string): HTMLElement | null {
  const [head, second] = field.split('.');
  const keys = [field, head === 'params' && second ? `params.${second}` : head];
  for (const key of keys) {
    // `~=`: a frame may stand for several fields (Accounts or People, while it comes first).
    const el = document.querySelector<HTMLElement>(`.inspector [data-field~="${CSS.escape(key)}"]`);
    if (!el) continue;
    if (el.matches(CONTROL)) return el;
    return el.querySelector<HTMLElement>(CHOSEN) ?? el.querySelector<HTMLElement>(CONTROL);
  }
  return null;
}

/** Scrolls to and focuses the node the store asks for (new node, problem list). */
function useFocusRequests() {
  const focusRequest = useEditorStore((s) => s.focusRequest);
  const { getInternalNode, setCenter, getZoom } = useReactFlow();
  useEffect(() => {
    if (!focusRequest) return;
    let frame = requestAnimationFrame(() => {
      const node = getInternalNode(focusRequest.id);
      if (node) {
        const w = node.measured.width ?? 220;
        const h = node.measured.height ?? 84;
        void setCenter(
          node.internals.positionAbsolute.x + w / 2,
          node.internals.positionAbsolute.y + h / 2,
          { zoom: Math.max(getZoom(), 0.8), duration: 200 },
        );
      }
      // A just-added node renders a frame or two later, hidden until React Flow has measured it
      // (a hidden card cannot take focus): try again until the card holds focus.
      let tries = 0;
      const focus = () => {
        // A problem's field, once the inspector shows the node; else (or if none) the card.
        const field = focusRequest.field && inspectorControl(focusRequest.field);
        const el =
          field ||
          (focusRequest.field && tries < 20
            ? null
            : document.querySelector<HTMLElement>(
                `.react-flow__node[data-id="${CSS.escape(focusRequest.id)}"]`,
              ));
        el?.focus({ preventScroll: !field });
        if (document.activeElement !== el && tries++ < 60) frame = requestAnimationFrame(focus);
      };
      focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, getInternalNode, setCenter, getZoom]);
}

/** Marks `canvas-ready` on the first frame after every node was measured (read by test/bench/canvas.ts). */
function ReadyMark() {
  const initialized = useNodesInitialized();
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!initialized || done) return;
    setDone(true);
    requestAnimationFrame(() => performance.mark('canvas-ready'));
  }, [initialized, done]);
  return null;
}

const closeAddMenu = () => useEditorStore.getState().openAddMenu(null);
const HIDE_ATTRIBUTION = { hideAttribution: true };

/** The journey map: the document drawn with React Flow, editable unless read-only. */
export function JourneyCanvas({ problems }: { problems: readonly Problem[] }) {
  const body = useEditorBody();
  const readOnly = useReadOnly();
  const selection = useSelection();
  const { execute } = useEditorActions();
  const { screenToFlowPosition } = useReactFlow();
  const [drag, setDrag] = useState<Record<string, Position> | null>(null);
  const dragRef = useRef<Record<string, Position> | null>(null);
  const [measured] = useState(() => new Map<string, { width: number; height: number }>());
  const [measureTick, setMeasureTick] = useState(0);
  const bumpMeasured = useCallback(() => setMeasureTick((t) => t + 1), []);
  const [mapNodes] = useState(createNodeMapper);
  const audience = useEditorStore((s) => s.journey?.audience);
  const workspace = useWorkspaceStore((s) => s.workspace);
  const selected = useMemo(() => new Set(selection), [selection]);
  // Cards summarise what the boxes show (a refused percent too); edits still go to `body`.
  const drafts = useEditorStore((s) => s.fieldDrafts);
  const shown = useMemo(() => body && withPercentDrafts(body, drafts), [body, drafts]);
  const refused = useMemo(() => refusedSummaries(drafts), [drafts]);
  const nodes = useMemo(
    () =>
      shown
        ? mapNodes({
            body: shown,
            problems,
            selection: selected,
            readOnly,
            audience,
            refused,
            workspace,
            dragging: drag,
            measured,
          })
        : [],
    // measureTick: `measured` is mutated in place; the tick says it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      shown,
      problems,
      selected,
      readOnly,
      audience,
      refused,
      workspace,
      drag,
      measured,
      mapNodes,
      measureTick,
    ],
  );
  const [mapEdges] = useState(createEdgeMapper);
  const edges = useMemo(() => (body ? mapEdges(body, readOnly) : []), [body, readOnly, mapEdges]);
  const onNodesChange = useNodeChanges(setDrag, dragRef, measured, bumpMeasured);
  const onConnect = useCallback(
    (c: Connection) => {
      if (c.sourceHandle) execute(commands.connect(c.source, c.sourceHandle, c.target));
    },
    [execute],
  );
  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      const type = event.dataTransfer.getData(PALETTE_MIME) as AddableNodeType;
      if (!type || readOnly) return;
      event.preventDefault();
      // On or near a "+" (an edge's, or a node's open output), the step goes in there, connected.
      const root = event.currentTarget;
      const spot = nearestAddSpot(addSpotsIn(root), event.clientX, event.clientY);
      if (spot) return addNodeDroppedAt(spot.target, type, spot.rect);
      addNodeFree(type, screenToFlowPosition({ x: event.clientX - 110, y: event.clientY - 20 }));
    },
    [readOnly, screenToFlowPosition],
  );
  useFocusRequests();
  const canvasRef = useRef<HTMLDivElement>(null);
  useInitialView(canvasRef, readOnly);
  useKeepViewOnResize(canvasRef);
  useQuietMapImages(canvasRef);
  useFlowTabOrder(canvasRef);
  useFocusedCardInView(canvasRef);
  useSelectFocusedNodeOnUse();
  return (
    <div
      ref={canvasRef}
      className={`canvas${readOnly ? ' read-only' : ''}`}
      aria-label="Journey map"
      role="region"
      onDragOver={(e) => {
        if (!readOnly && e.dataTransfer.types.includes(PALETTE_MIME)) e.preventDefault();
      }}
      onDrop={onDrop}
      onKeyDownCapture={onCanvasKeyDown}
      onFocus={onCanvasFocus}
    >
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onConnect={onConnect}
        onPaneClick={closeAddMenu}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        onlyRenderVisibleElements={nodes.length > VISIBLE_ONLY_THRESHOLD}
        minZoom={0.05}
        proOptions={HIDE_ATTRIBUTION}
        ariaLabelConfig={CANVAS_ARIA_LABELS}
        autoPanOnNodeFocus={false}
      >
        <Background />
        <MapControls canvas={canvasRef} />
        <ReadyMark />
      </ReactFlow>
    </div>
  );
}
