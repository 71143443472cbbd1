import { newId, nodeOutputs, type JourneyEdge, type JourneyNode } from '../model';
import { allowedInPeoplePath } from '../validation/split-rules';
import { createNode } from './node-factory';
import { DEFAULT_NODE_SIZE } from './layout';
import { COL, ROW } from './insert';
import { meetingPoint } from './meeting-point';
import { descendants, edgeFrom, findNode, successorMap, type GraphDoc } from './queries';

// Issue 17 (as Journey Optimizer B2B documents split and merge paths): a split by people in an
// account journey is always closed by a Merge paths node. When a split becomes one, the editor
// adds that merge where the paths meet again, or, when they never meet, where the paths end, and
// carries the journey on after it.

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

/** Moves `ids` down by `dy` (and across by `dx`); drops `removed`. */
function shifted(
  nodes: JourneyNode[],
  ids: Set<string>,
  dy: number,
  removed = new Set<string>(),
  dx = 0,
) {
  return nodes
    .filter((n) => !removed.has(n.id))
    .map((n) =>
      ids.has(n.id) ? { ...n, position: { x: n.position.x + dx, y: n.position.y + dy } } : n,
    );
}

/** The merge at `merge`'s spot, or one column to the right while another card is there. */
function freeSpot(nodes: JourneyNode[], merge: JourneyNode): JourneyNode {
  let spot = merge;
  for (let i = 0; i < 50 && nodes.some((n) => overlaps(n, spot)); i++)
    spot = { ...spot, position: { x: spot.position.x + COL, y: spot.position.y } };
  return spot;
}

/** Nodes on the paths from the split up to (not including) where they meet. */
function between(doc: GraphDoc, splitId: string, meetId: string): Set<string> {
  const next = successorMap(doc);
  const seen = new Set<string>();
  const stack = [...(next.get(splitId) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === meetId || id === splitId || seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return seen;
}

/**
 * The paths meet at `meet`: every edge from the split or its paths into `meet` now leads into a
 * new merge, which leads on to `meet`; `meet` and what follows it move down one row.
 */
function joinWhereMeeting<T extends GraphDoc>(
  doc: T,
  split: JourneyNode,
  meet: JourneyNode,
  makeId: () => string,
): T {
  const paths = between(doc, split.id, meet.id);
  const intoMeet = doc.edges.filter(
    (e) => e.target === meet.id && (e.source === split.id || paths.has(e.source)),
  );
  const lowest = Math.max(
    ...intoMeet.map((e) => findNode(doc, e.source)?.position.y ?? split.position.y),
  );
  const merge: JourneyNode = {
    ...createNode('merge', { makeId }),
    position: { x: meet.position.x, y: Math.max(meet.position.y, lowest + ROW) },
  };
  const rewired = new Set(intoMeet.map((e) => e.id));
  const edges: JourneyEdge[] = [
    ...doc.edges.map((e) => (rewired.has(e.id) ? { ...e, target: merge.id } : e)),
    { id: makeId(), source: merge.id, sourceHandle: 'out', target: meet.id },
  ];
  const below = new Set([meet.id, ...descendants(doc, meet.id)]);
  for (const id of [split.id, ...paths]) below.delete(id);
  const nodes = shifted(doc.nodes, below, merge.position.y + ROW - meet.position.y);
  return { ...doc, nodes: [...nodes, freeSpot(nodes, merge)], edges };
}

/**
 * Closes the split by people `splitId` with a new Merge paths node. Where its paths meet again
 * (the first node every path reaches), the merge goes just before that node. When they never
 * meet, every path's open end, its own Exit, or the step the split was inserted before leads into
 * the merge, and the merge leads on to that step (or to the Exit it replaced). When some path
 * cannot be joined that way (it goes on through steps a split by people may not hold, or into
 * steps shared with other paths), nothing is added: validation names each path and where it ends. Nodes below move down so nothing overlaps.
 * A split already closed is unchanged. One edit, so one undo step.
 */
export function closePeopleSplit<T extends GraphDoc>(doc: T, splitId: string, makeId = newId): T {
  const split = findNode(doc, splitId);
  if (split?.type !== 'split' || split.settings.splitBy !== 'people') return doc;
  const meetId = meetingPoint(doc, splitId);
  const meet = meetId === null ? undefined : findNode(doc, meetId);
  if (meet?.type === 'merge') return doc;
  if (meet) return joinWhereMeeting(doc, split, meet, makeId);
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
  // Centred under the split, whose paths spread evenly either side; an empty path's name sits
  // under its handle, so the merge then keeps a row free for the names (tester report: they
  // crowded into a merge one row down, under Path 1's column).
  const emptyPath = ends.some((e) => e.fromId === splitId);
  const merge: JourneyNode = {
    ...createNode('merge', { makeId }),
    position: {
      x: split.position.x,
      y: Math.max(lowest + ROW, emptyPath ? split.position.y + 2 * ROW : 0),
    },
  };
  const joined = ends.filter((e) => !e.target || e.target === next || removed.has(e.target.id));
  // A merge that only some paths reach would not close the split: leave the journey as it was and
  // let validation say, path by path, where each one ends (e.g. in account steps and their own Exits).
  if (joined.length < ends.length) return doc;
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
  const below = new Set(next ? [next.id, ...descendants({ ...doc, edges }, next.id)] : []);
  below.delete(splitId);
  below.delete(merge.id);
  const dy = next ? Math.max(0, merge.position.y + ROW - next.position.y) : 0;
  // The journey after the merge goes on under it, not in the column of the path it came from.
  const dx = next ? merge.position.x - next.position.x : 0;
  const nodes = shifted(doc.nodes, below, dy, removed, dx);
  // Anything else still in the merge's spot (a neighbouring path): the merge steps aside.
  return { ...doc, nodes: [...nodes, freeSpot(nodes, merge)], edges };
}
