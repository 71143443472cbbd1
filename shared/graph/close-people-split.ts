import { newId, nodeOutputs, type JourneyEdge, type JourneyNode } from '../model';
import { allowedInPeoplePath } from '../validation/split-rules';
import { createNode } from './node-factory';
import { DEFAULT_NODE_SIZE } from './layout';
import { COL, ROW } from './insert';
import { descendants, edgeFrom, findNode, type GraphDoc } from './queries';

// Issue 17 (as Journey Optimizer B2B documents split and merge paths): a split by people in an
// account journey is always closed by a Merge paths node. When a split becomes one, the editor
// adds that merge where the paths end and carries the journey on after it.

/** Where one path of the split ends: its last node and output, and what that output leads to. */
interface PathEnd {
  fromId: string;
  handle: string;
  edge: JourneyEdge | undefined;
  target: JourneyNode | undefined;
}

const incoming = (doc: GraphDoc, id: string) => doc.edges.filter((e) => e.target === id).length;

/** Follows a path while it holds steps a split by people allows (people actions, waits), one after another. */
function pathEnd(doc: GraphDoc, splitId: string, handle: string): PathEnd {
  let end: PathEnd = { fromId: splitId, handle, edge: undefined, target: undefined };
  const seen = new Set<string>([splitId]);
  for (;;) {
    const edge = edgeFrom(doc, end.fromId, end.handle);
    const target = edge ? findNode(doc, edge.target) : undefined;
    end = { ...end, edge, target };
    if (!target || seen.has(target.id)) return end;
    const outs = nodeOutputs(target);
    if (!allowedInPeoplePath(target) || outs.length !== 1 || incoming(doc, target.id) !== 1)
      return end;
    seen.add(target.id);
    end = { fromId: target.id, handle: outs[0].id, edge: undefined, target: undefined };
  }
}

/** An Exit only this path reaches: the end of a path that the merge now replaces. */
const isPathOwnExit = (doc: GraphDoc, node: JourneyNode | undefined): node is JourneyNode =>
  node?.type === 'exit' && incoming(doc, node.id) === 1;

const overlaps = (a: JourneyNode, b: JourneyNode) =>
  Math.abs(a.position.x - b.position.x) < DEFAULT_NODE_SIZE.width + 20 &&
  Math.abs(a.position.y - b.position.y) < DEFAULT_NODE_SIZE.height + 16;

/**
 * Closes the split by people `splitId` with a new Merge paths node: every path's open end, its own
 * Exit, or the step the split was inserted before leads into the merge, and the merge leads on to
 * that step (or to the Exit it replaced). Paths that lead elsewhere are left alone (validation
 * names them). Nodes below move down so nothing overlaps. A split already closed is unchanged.
 */
export function closePeopleSplit<T extends GraphDoc>(doc: T, splitId: string, makeId = newId): T {
  const split = findNode(doc, splitId);
  if (split?.type !== 'split' || split.settings.splitBy !== 'people') return doc;
  const ends = nodeOutputs(split).map((o) => pathEnd(doc, splitId, o.id));
  if (ends.some((e) => e.target?.type === 'merge')) return doc;
  const targets = ends.map((e) => e.target).filter((t): t is JourneyNode => t !== undefined);
  // What the journey did after the split carries on after the merge; an Exit only if nothing else.
  const next = targets.find((t) => t.type !== 'exit') ?? targets[0];
  const removed = new Set<string>();
  for (const e of ends)
    if (e.target !== next && isPathOwnExit(doc, e.target)) removed.add(e.target.id);
  const lowest = Math.max(
    ...ends.map((e) => findNode(doc, e.fromId)?.position.y ?? split.position.y),
  );
  const merge: JourneyNode = {
    ...createNode('merge', { makeId }),
    position: { x: split.position.x, y: lowest + ROW },
  };
  const joined = ends.filter((e) => !e.target || e.target === next || removed.has(e.target.id));
  const rewired = new Set(joined.flatMap((e) => (e.edge ? [e.edge.id] : [])));
  const edges: JourneyEdge[] = [
    ...doc.edges.filter((e) => !rewired.has(e.id) && !removed.has(e.target)),
    ...joined.map((e) => ({
      id: makeId(),
      source: e.fromId,
      sourceHandle: e.handle,
      target: merge.id,
    })),
    ...(next ? [{ id: makeId(), source: merge.id, sourceHandle: 'out', target: next.id }] : []),
  ];
  // The step after the merge, and everything below it, moves down to make room.
  const below = next ? new Set([next.id, ...descendants({ ...doc, edges }, next.id)]) : new Set();
  below.delete(splitId);
  below.delete(merge.id);
  const dy = next ? Math.max(0, merge.position.y + ROW - next.position.y) : 0;
  const nodes = doc.nodes
    .filter((n) => !removed.has(n.id))
    .map((n) =>
      below.has(n.id) ? { ...n, position: { x: n.position.x, y: n.position.y + dy } } : n,
    );
  // Anything else still in the merge's spot (a neighbouring path): the merge steps aside.
  let spot = merge;
  for (let i = 0; i < 50 && nodes.some((n) => overlaps(n, spot)); i++)
    spot = { ...spot, position: { x: spot.position.x + COL, y: spot.position.y } };
  return { ...doc, nodes: [...nodes, spot], edges };
}
