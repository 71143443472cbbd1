import { Background, Controls, MiniMap, ReactFlow, type Edge } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { Journey } from '../../../shared/model';
import { JourneyNodeView, type CanvasNode } from './nodes/JourneyNodeView';

const nodeTypes = { journey: JourneyNodeView };

/** The journey map: nodes and edges of the document, laid out as saved. */
export function JourneyCanvas({ journey }: { journey: Journey }) {
  const nodes = useMemo<CanvasNode[]>(
    () => journey.nodes.map((n) => ({ id: n.id, type: 'journey', position: n.position, data: { node: n } })),
    [journey.nodes],
  );
  const edges = useMemo<Edge[]>(
    () => journey.edges.map((e) => ({ id: e.id, source: e.source, sourceHandle: e.sourceHandle, target: e.target })),
    [journey.edges],
  );
  return (
    <div className="canvas" aria-label="Journey map" role="region">
      <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} fitView fitViewOptions={{ maxZoom: 1 }} minZoom={0.1} proOptions={{ hideAttribution: true }}>
        <Background />
        <MiniMap pannable zoomable ariaLabel="Mini map" />
        <Controls />
      </ReactFlow>
    </div>
  );
}
