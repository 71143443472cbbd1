import { Graph, layout } from '@dagrejs/dagre';
import { nodeOutputs, type JourneyNode, type Position } from '../model';
import type { GraphDoc } from './queries';

export interface Size {
  width: number;
  height: number;
}

/** The size a node is assumed to have when the canvas has not measured it. */
export const DEFAULT_NODE_SIZE: Size = { width: 220, height: 84 };

/** Nodes depth-first from the Entry (then from any loose root), children in output order. */
function depthFirst(doc: GraphDoc): JourneyNode[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n] as const));
  const seen = new Set<string>();
  const out: JourneyNode[] = [];
  const visit = (start: JourneyNode) => {
    const stack = [start];
    while (stack.length > 0) {
      const n = stack.pop() as JourneyNode;
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      out.push(n);
      const order = nodeOutputs(n).map((o) => o.id);
      const next = doc.edges
        .filter((e) => e.source === n.id)
        .sort((a, b) => order.indexOf(b.sourceHandle) - order.indexOf(a.sourceHandle))
        .map((e) => byId.get(e.target))
        .filter((t): t is JourneyNode => t !== undefined);
      stack.push(...next);
    }
  };
  const entries = doc.nodes.filter((n) => n.type === 'entry');
  for (const n of [...entries, ...doc.nodes]) visit(n);
  return out;
}

/**
 * Top-to-bottom positions for every node (dagre). Edges are added in output order so sibling
 * paths tend to keep their left-to-right order; Go to jumps are not edges and do not pull.
 */
export function layoutPositions(
  doc: GraphDoc,
  sizes: ReadonlyMap<string, Size> = new Map(),
): Record<string, Position> {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 64, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  // dagre seeds its ordering from insertion order: add nodes depth-first in output order so
  // Path 1 ends up left of Path 2, True left of False, and so on.
  for (const n of depthFirst(doc)) g.setNode(n.id, { ...(sizes.get(n.id) ?? DEFAULT_NODE_SIZE) });
  const ids = new Set(doc.nodes.map((n) => n.id));
  for (const n of depthFirst(doc)) {
    const order = nodeOutputs(n).map((o) => o.id);
    const out = doc.edges
      .filter((e) => e.source === n.id && ids.has(e.target))
      .sort((a, b) => order.indexOf(a.sourceHandle) - order.indexOf(b.sourceHandle));
    for (const e of out) g.setEdge(e.source, e.target, {}, e.id);
  }
  // Sibling paths keep their output order left to right (Path 1, Path 2, …, Other).
  const constraints: { left: string; right: string }[] = [];
  for (const n of doc.nodes) {
    const order = nodeOutputs(n).map((o) => o.id);
    const kids = doc.edges
      .filter((e) => e.source === n.id && ids.has(e.target))
      .sort((a, b) => order.indexOf(a.sourceHandle) - order.indexOf(b.sourceHandle))
      .map((e) => e.target);
    for (let i = 1; i < kids.length; i++)
      if (kids[i] !== kids[i - 1]) constraints.push({ left: kids[i - 1], right: kids[i] });
  }
  try {
    layout(g, { constraints });
  } catch {
    // Contradicting constraints (paths that merge at different depths): lay out without them.
    layout(g);
  }
  const positions: Record<string, Position> = {};
  for (const n of doc.nodes) {
    const placed = g.node(n.id) as { x: number; y: number; width: number; height: number };
    positions[n.id] = {
      x: Math.round(placed.x - placed.width / 2),
      y: Math.round(placed.y - placed.height / 2),
    };
  }
  return positions;
}
