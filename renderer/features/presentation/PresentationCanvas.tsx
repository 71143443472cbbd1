import {
  Background,
  Controls,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { JourneyBody } from '../../../shared/model';
import { createNodeMapper, mapEdges } from '../editor/flow-mapping';
import type { FlowNode } from '../editor/nodes/flow-types';
import { nodeTypes } from '../editor/nodes/node-types';
import { roomForFigures } from './figure-rows';
import { overviewStretch, stretchColumns, stretchedCardWidth } from './overview-stretch';
import { presentationEdgeTypes } from './PresentationEdge';

const NO_PROBLEMS: [] = [];
const NODE_W = 220;
const NODE_H = 84;
/** A step is shown at this zoom: the card's text at about 15 px on screen. */
export const STEP_ZOOM = 1.25;
const OVERVIEW = { padding: 0.06, maxZoom: 1.2, minZoom: 0.1 } as const;
/** On-screen size of the overview's node names: readable from the back of a room. */
const OVERVIEW_NAME_PX = 12;

/** The font size (in journey units) that shows a name at OVERVIEW_NAME_PX at this zoom; 31 is the most two lines of an 84 px card hold. */
export const overviewNameSize = (zoom: number) =>
  Math.round(Math.min(31, Math.max(16, OVERVIEW_NAME_PX / zoom)));

/**
 * The journey drawn read-only (no "+" buttons, no handles to drag). The overview fits the whole
 * journey, with big names only, once React Flow has measured every card (fitting before that is
 * what left the journey a speck in the corner), and again whenever the canvas changes size
 * (full screen, window); a step is centred at a readable zoom and highlighted.
 */
export function PresentationCanvas({
  body,
  currentId,
}: {
  body: JourneyBody;
  currentId: string | null;
}) {
  const [mapNodes] = useState(createNodeMapper);
  const [measured] = useState(() => new Map<string, { width: number; height: number }>());
  const [measureTick, setMeasureTick] = useState(0);
  // Steps are drawn lower where a path's figure would not fit above them (cards grow with
  // figures, and in the overview with names wrapped whole); keyed by where they land, so a
  // re-measure that moves nothing keeps the drawing. In the overview the zoom sets the names'
  // size, which sets the cards' heights: that settles, as the size stops at 31 units.
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  // The overview widens a deep, narrow journey to the stage's shape: names get room, no zoom lost.
  const stretch = !currentId && size ? overviewStretch(body, size) : 1;
  const shifted = roomForFigures(
    stretchColumns(body, stretch),
    (id) => measured.get(id)?.height ?? NODE_H,
  );
  const layoutKey = `${stretch}:${shifted.nodes.map((n) => n.position.y).join(',')}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const drawn = useMemo(() => shifted, [body, layoutKey]);
  const nodes = useMemo(
    () =>
      mapNodes({
        body: drawn,
        problems: NO_PROBLEMS,
        selection: new Set(currentId ? [currentId] : []),
        readOnly: true,
        dragging: null,
        measured,
      }),
    // measureTick: `measured` is filled in place; the tick says it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [drawn, currentId, mapNodes, measured, measureTick],
  );
  // Controlled nodes only count as measured once their sizes come back through the nodes
  // (without this React Flow never reports them initialized, and a fit sees zero-sized cards).
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      let sized = false;
      for (const c of changes) {
        if (c.type !== 'dimensions' || !c.dimensions) continue;
        const prev = measured.get(c.id);
        if (prev?.width === c.dimensions.width && prev.height === c.dimensions.height) continue;
        measured.set(c.id, c.dimensions);
        sized = true;
      }
      if (sized) setMeasureTick((t) => t + 1);
    },
    [measured],
  );
  const edges = useMemo(() => mapEdges(drawn, true), [drawn]);
  const { setCenter, fitView, getInternalNode, getZoom } = useReactFlow();
  const [nameSize, setNameSize] = useState(21);
  const initialized = useNodesInitialized();
  const box = useRef<HTMLDivElement>(null);
  const fittedOnce = useRef(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) =>
      setSize({
        width: Math.round(entry.contentRect.width),
        height: Math.round(entry.contentRect.height),
      }),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!initialized || !size) return;
    const frame = requestAnimationFrame(() => {
      if (!currentId) {
        // The first fit is immediate: there is nothing on screen worth animating from.
        void fitView({ ...OVERVIEW, duration: fittedOnce.current ? 300 : 0 }).then(() =>
          setNameSize(overviewNameSize(getZoom())),
        );
        fittedOnce.current = true;
        return;
      }
      const n = getInternalNode(currentId);
      if (!n) return;
      const w = n.measured.width ?? NODE_W;
      const h = n.measured.height ?? NODE_H;
      void setCenter(
        n.internals.positionAbsolute.x + w / 2,
        n.internals.positionAbsolute.y + h / 2,
        { zoom: STEP_ZOOM, duration: 450 },
      );
    });
    return () => cancelAnimationFrame(frame);
    // layoutKey: steps moved down to make room for figures are fitted again.
  }, [initialized, size, currentId, layoutKey, fitView, setCenter, getInternalNode, getZoom]);

  return (
    <div
      ref={box}
      className={`present-canvas${currentId ? ' walking' : ' overview'}`}
      role="region"
      aria-label="Presented journey"
      style={
        {
          '--overview-name': `${nameSize}px`,
          '--overview-card': stretchedCardWidth(stretch),
          '--overview-stretch': stretch,
        } as CSSProperties
      }
    >
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={presentationEdgeTypes}
        onNodesChange={onNodesChange}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
