import { Graph, layout } from '@dagrejs/dagre';
import { nodeOutputs, type Position } from '../model';
import type { GraphDoc } from './queries';

export interface Size {
  width: number;
  height: number;
}

/** The size a node is assumed to have when the canvas has not measured it. */
export const DEFAULT_NODE_SIZE: Size = { width: 220, height: 84 };

/**
 * Top-to-bottom positions for every node (dagre). Edges are added in output order so sibling
 * paths tend to keep their left-to-right order; Go to jumps are not edges and do not pull.
 */
export function layoutPositions(doc: GraphDoc, sizes: ReadonlyMap<string, Size> = new Map()): Record<string, Position> {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 64, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of doc.nodes) g.setNode(n.id, { ...(sizes.get(n.id) ?? DEFAULT_NODE_SIZE) });
  const ids = new Set(doc.nodes.map((n) => n.id));
  for (const n of doc.nodes) {
    const order = nodeOutputs(n).map((o) => o.id);
    const out = doc.edges
      .filter((e) => e.source === n.id && ids.has(e.target))
      .sort((a, b) => order.indexOf(a.sourceHandle) - order.indexOf(b.sourceHandle));
    for (const e of out) g.setEdge(e.source, e.target, {}, e.id);
  }
  layout(g);
  const positions: Record<string, Position> = {};
  for (const n of doc.nodes) {
    const placed = g.node(n.id) as { x: number; y: number; width: number; height: number };
    positions[n.id] = { x: Math.round(placed.x - placed.width / 2), y: Math.round(placed.y - placed.height / 2) };
  }
  return positions;
}
