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
function orderRows(keys: ReturnType<typeof walkOrder>, placeholders: ReadonlyMap<string, number>) {
  return (g: Graph) => {
    const rows = new Map<number, { id: string; key: number }[]>();
    for (const id of g.nodes()) {
      const n = g.node(id) as LayeredNode;
      // A placeholder's edges and bends keep the place of the path edge they stand for.
      const name = n.edgeObj?.name?.split('\u0000')[0];
      const key =
        name !== undefined
          ? (keys.edges.get(name) ?? 0)
          : (placeholders.get(id) ?? keys.nodes.get(id) ?? 0);
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
  const placeholders = new Map<string, number>();
  for (const e of doc.edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue;
    const outputs = byId.get(e.source) ? nodeOutputs(byId.get(e.source) as JourneyNode).length : 1;
    const meets = (into.get(e.target) ?? 0) > 1;
    if (outputs > 1 && meets) {
      // An empty path straight into a Merge gets its own column, as wide as a card, where its
      // name and "+" are: a placeholder a row down, so dagre neither squeezes it between its
      // siblings' steps nor runs two empty paths down one corridor (tester report). That row
      // also keeps the names under their handles off the merge.
      const spot = `\u0000path:${e.id}`;
      placeholders.set(spot, keys.edges.get(e.id) ?? 0);
      g.setNode(spot, { width: DEFAULT_NODE_SIZE.width, height: 1 });
      g.setEdge(e.source, spot, { minlen: 1 }, `${e.id}\u0000in`);
      g.setEdge(spot, e.target, { minlen: 1 }, `${e.id}\u0000out`);
      continue;
    }
    // Three paths or more turn across at staggered heights (`pathTurn`): a row gives them room,
    // so their lines and flow bands stay apart.
    g.setEdge(e.source, e.target, { minlen: outputs > 2 ? 2 : 1 }, e.id);
  }
  layout(g, { customOrder: orderRows(keys, placeholders) });
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
