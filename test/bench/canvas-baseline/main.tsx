import {
  ReactFlow,
  useEdgesState,
  useNodesInitialized,
  useNodesState,
  type Edge,
  type Node,
} from '@xyflow/react';
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

/** The documented plain setup: default nodes and edges, useNodesState/useEdgesState. */
function Plain({ initialNodes, initialEdges }: { initialNodes: Node[]; initialEdges: Edge[] }) {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      minZoom={0.05}
    >
      <Ready />
    </ReactFlow>
  );
}

// Plain @xyflow/react — the bench's reference for the editor.
const graph = (await (await fetch('./graph.json')).json()) as Graph;
const nodes: Node[] = graph.nodes.map((n) => ({
  id: n.id,
  position: n.position,
  data: { label: n.name },
}));
const edges: Edge[] = graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
performance.mark('journey-loaded');
createRoot(document.getElementById('root') as HTMLElement).render(
  <div style={{ height: '100vh' }}>
    <Plain initialNodes={nodes} initialEdges={edges} />
  </div>,
);
