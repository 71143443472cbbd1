import { ReactFlow, useNodesInitialized, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

interface Graph {
  nodes: { id: string; name: string; position: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string }[];
}

/** Marks `canvas-ready` on the first frame after every node was measured (same signal as the app). */
function Ready() {
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (initialized) requestAnimationFrame(() => performance.mark('canvas-ready'));
  }, [initialized]);
  return null;
}

// Plain @xyflow/react: default nodes and edges, no custom components — the bench's reference.
const graph = (await (await fetch('./graph.json')).json()) as Graph;
const nodes: Node[] = graph.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.name } }));
const edges: Edge[] = graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
performance.mark('journey-loaded');
createRoot(document.getElementById('root') as HTMLElement).render(
  <div style={{ height: '100vh' }}>
    <ReactFlow nodes={nodes} edges={edges} fitView minZoom={0.05}>
      <Ready />
    </ReactFlow>
  </div>,
);
