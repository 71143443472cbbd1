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

/**
 * The editor's first view of a big journey (renderer/features/editor/canvas-view.ts): readable
 * zoom with the Entry at the top centre, so both pages pan, zoom and drag over the same scene.
 */
function firstView(nodes: Node[]) {
  const zoom = 0.92;
  const entry = nodes[0].position;
  return { zoom, x: window.innerWidth / 2 - (entry.x + 75) * zoom, y: 56 - entry.y * zoom };
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
      defaultViewport={firstView(initialNodes)}
      minZoom={0.05}
    >
      <Ready />
    </ReactFlow>
  );
}

// Plain @xyflow/react — the bench's reference for the editor.
const key = new URLSearchParams(location.search).get('graph') ?? '1000';
const graph = (await (await fetch(`./graph-${key}.json`)).json()) as Graph;
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
