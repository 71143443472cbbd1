import { Graph, layout } from '@dagrejs/dagre';
import { nodeOutputs, type JourneyNode, type Position } from '../model';
import type { GraphDoc } from './queries';

export interface Size {
  width: number;
  height: number;
}

/** The size a node is assumed to have when the canvas has not measured it. */
export const DEFAULT_NODE_SIZE: Size = { width: 220, height: 84 };

/**
 * Left-to-right keys in a depth-first walk from the Entry (then from any loose root), outputs in
 * order: every node and every edge gets the time the walk first reaches it. On a drawing of paths
 * that branch and meet again, that time grows from left to right within each row: Path 1's steps,
 * then Path 2's, …, then Other's, and an empty path (a split's output straight into its Merge)
 * after the paths left of it. Edges are keyed by id.
 */
export function walkOrder(doc: GraphDoc): {
  nodes: Map<string, number>;
  edges: Map<string, number>;
} {
  const byId = new Map(doc.nodes.map((n) => [n.id, n] as const));
  const nodes = new Map<string, number>();
  const edges = new Map<string, number>();
  let time = 0;
  const outEdges = (n: JourneyNode) => {
    const order = nodeOutputs(n).map((o) => o.id);
    return doc.edges
      .filter((e) => e.source === n.id && byId.has(e.target))
      .sort((a, b) => order.indexOf(a.sourceHandle) - order.indexOf(b.sourceHandle));
  };
  // An explicit stack of edge iterators, so a journey of thousands of steps does not recurse.
  const visit = (start: JourneyNode) => {
    if (nodes.has(start.id)) return;
    nodes.set(start.id, time++);
    const stack = [{ pending: outEdges(start) }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const edge = top.pending.shift();
      if (!edge) {
        stack.pop();
        continue;
      }
      edges.set(edge.id, time++);
      if (nodes.has(edge.target)) continue;
      nodes.set(edge.target, time++);
      stack.push({ pending: outEdges(byId.get(edge.target) as JourneyNode) });
    }
  };
  const entries = doc.nodes.filter((n) => n.type === 'entry');
  for (const n of [...entries, ...doc.nodes]) visit(n);
  return { nodes, edges };
}

/** Dagre's layered graph: real nodes keep their id, a long edge's bends carry the edge. */
interface LayeredNode {
  rank?: number;
  order?: number;
  edgeObj?: { name?: string };
}

/**
 * Orders every row of dagre's layered graph by `walkOrder` instead of dagre's crossing
 * heuristic, which may swap two sibling paths' steps when both lead into the same Merge (the
 * buying-group template drew Executives' second step right of Other's, their edges crossing).
 */
function orderRows(keys: ReturnType<typeof walkOrder>) {
  return (g: Graph) => {
    const rows = new Map<number, { id: string; key: number }[]>();
    for (const id of g.nodes()) {
      const n = g.node(id) as LayeredNode;
      const name = n.edgeObj?.name;
      const key = name !== undefined ? (keys.edges.get(name) ?? 0) : (keys.nodes.get(id) ?? 0);
      const rank = n.rank ?? 0;
      rows.set(rank, [...(rows.get(rank) ?? []), { id, key }]);
    }
    for (const row of rows.values()) {
      row.sort((a, b) => a.key - b.key);
      row.forEach(({ id }, i) => ((g.node(id) as LayeredNode).order = i));
    }
  };
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
  const keys = walkOrder(doc);
  const ids = [...doc.nodes.map((n) => n.id)].sort(
    (a, b) => (keys.nodes.get(a) ?? 0) - (keys.nodes.get(b) ?? 0),
  );
  for (const id of ids) g.setNode(id, { ...(sizes.get(id) ?? DEFAULT_NODE_SIZE) });
  const known = new Set(ids);
  const into = new Map<string, number>();
  for (const e of doc.edges) into.set(e.target, (into.get(e.target) ?? 0) + 1);
  const byId = new Map(doc.nodes.map((n) => [n.id, n] as const));
  for (const e of doc.edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue;
    // A split's path straight into a step other paths reach too (a Merge) shows its name under
    // its handle (PathEdge's label rows): a row between them keeps the names off the merge.
    // Three paths or more turn across at staggered heights (`pathTurn`): a row gives them room,
    // so their lines and flow bands stay apart.
    const outputs = byId.get(e.source) ? nodeOutputs(byId.get(e.source) as JourneyNode).length : 1;
    const minlen = outputs > 2 || (outputs > 1 && (into.get(e.target) ?? 0) > 1) ? 2 : 1;
    g.setEdge(e.source, e.target, { minlen }, e.id);
  }
  layout(g, { customOrder: orderRows(keys) });
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
