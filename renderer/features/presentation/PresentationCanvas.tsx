import { Background, Controls, ReactFlow, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import type { JourneyBody } from '../../../shared/model';
import { createNodeMapper, mapEdges } from '../editor/flow-mapping';
import type { FlowNode } from '../editor/nodes/flow-types';
import { nodeTypes } from '../editor/nodes/node-types';
import { presentationEdgeTypes } from './PresentationEdge';

const NO_PROBLEMS: [] = [];
const NODE_W = 220;
const NODE_H = 84;

/** The journey drawn read-only (no "+" buttons, no handles to drag); the current step is highlighted and centred. */
export function PresentationCanvas({ body, currentId }: { body: JourneyBody; currentId: string | null }) {
  const [mapNodes] = useState(createNodeMapper);
  const [measured] = useState(() => new Map<string, { width: number; height: number }>());
  const nodes = useMemo(
    () => mapNodes({ body, problems: NO_PROBLEMS, selection: new Set(currentId ? [currentId] : []), readOnly: true, dragging: null, measured }),
    [body, currentId, mapNodes, measured],
  );
  const edges = useMemo(() => mapEdges(body, true), [body]);
  const { setCenter, fitView, getInternalNode } = useReactFlow();

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (!currentId) {
        void fitView({ padding: 0.12, maxZoom: 1.2, duration: 400 });
        return;
      }
      const n = getInternalNode(currentId);
      if (!n) return;
      const w = n.measured.width ?? NODE_W;
      const h = n.measured.height ?? NODE_H;
      void setCenter(n.internals.positionAbsolute.x + w / 2, n.internals.positionAbsolute.y + h / 2, { zoom: 1.25, duration: 450 });
    });
    return () => cancelAnimationFrame(frame);
  }, [currentId, fitView, setCenter, getInternalNode]);

  return (
    <div className={`present-canvas${currentId ? ' walking' : ''}`} role="region" aria-label="Presented journey">
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={presentationEdgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        fitView
        fitViewOptions={{ padding: 0.12, maxZoom: 1.2 }}
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
