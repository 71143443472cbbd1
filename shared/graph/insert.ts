import {
  acceptsInput,
  newId,
  nodeOutputs,
  type JourneyEdge,
  type JourneyNode,
  type Position,
} from '../model';
import { createNode } from './node-factory';
import { descendants, findNode, type GraphDoc } from './queries';

/** Vertical distance between a node and the next one on its path. */
export const ROW = 140;
/** Horizontal distance between sibling paths. */
export const COL = 260;

/** Shifts `ids` down by `dy`. */
function shiftDown(nodes: JourneyNode[], ids: ReadonlySet<string>, dy: number): JourneyNode[] {
  return nodes.map((n) =>
    ids.has(n.id) ? { ...n, position: { x: n.position.x, y: n.position.y + dy } } : n,
  );
}

/** Where a node goes when added after `source` through `handle`. */
export function positionAfter(source: JourneyNode, handle: string): Position {
  const outputs = nodeOutputs(source);
  const index = Math.max(
    0,
    outputs.findIndex((o) => o.id === handle),
  );
  const offset = (index - (outputs.length - 1) / 2) * COL;
  return { x: source.position.x + offset, y: source.position.y + ROW };
}

/** Whether a card at `pos` would sit on one of `nodes` (cards are about 220×84). */
const takenAt = (nodes: readonly JourneyNode[], pos: Position) =>
  nodes.some((n) => Math.abs(n.position.x - pos.x) < 240 && Math.abs(n.position.y - pos.y) < 100);

/**
 * How far right (whole columns) cards at `spots` must move so that none sits on one of `nodes`:
 * every card of a pasted group is checked, not only its corner.
 */
export function clearShift(nodes: readonly JourneyNode[], spots: readonly Position[]): number {
  let dx = 0;
  for (let i = 0; i < 50 && spots.some((p) => takenAt(nodes, { x: p.x + dx, y: p.y })); i++)
    dx += COL;
  return dx;
}

/** The nearest spot at or right of `pos` where no node sits. */
export function freeSpot(nodes: readonly JourneyNode[], pos: Position): Position {
  return { x: pos.x + clearShift(nodes, [pos]), y: pos.y };
}

/** Shifts `ids` right by `dx`. */
function shiftRight(nodes: JourneyNode[], ids: ReadonlySet<string>, dx: number): JourneyNode[] {
  return nodes.map((n) =>
    ids.has(n.id) ? { ...n, position: { x: n.position.x + dx, y: n.position.y } } : n,
  );
}

/**
 * Where a new step on output `handle` of `source` goes so the canvas keeps the outputs' order
 * (the side panel's: Path 1, Path 2, …, Other last): right of the step on the output before it,
 * left of the one on the output after it. A path added later has no room there, so the steps from
 * the next output rightwards move right a column first (issue 19: a step on a new path landed
 * right of Other). `skip` is a target that is not a sibling's own step (the Merge paths meet at).
 */
function columnAfter(
  nodes: JourneyNode[],
  doc: GraphDoc,
  source: JourneyNode,
  handle: string,
  skip?: string,
): { x: number; nodes: JourneyNode[] } {
  const outputs = nodeOutputs(source).map((o) => o.id);
  const index = outputs.indexOf(handle);
  let x = positionAfter(source, handle).x;
  if (outputs.length < 2 || index < 0) return { x, nodes };
  const at = (id: string) => nodes.find((n) => n.id === id);
  const stepOn = (h: string) => {
    const target = doc.edges.find((e) => e.source === source.id && e.sourceHandle === h)?.target;
    return target !== undefined && target !== skip ? at(target) : undefined;
  };
  const left = outputs.slice(0, index).reverse().map(stepOn).find(Boolean);
  const right = outputs
    .slice(index + 1)
    .map(stepOn)
    .find(Boolean);
  if (left) x = Math.max(x, left.position.x + COL);
  if (!right || x + COL <= right.position.x) return { x, nodes };
  const rightX = right.position.x;
  const below = descendants(doc, source.id);
  const moving = new Set(
    nodes.filter((n) => below.has(n.id) && n.position.x >= rightX).map((n) => n.id),
  );
  return { x, nodes: shiftRight(nodes, moving, x + COL - rightX) };
}

/**
 * Inserts `node` into an edge: source -> node -> old target (through the node's first output).
 * The old target and everything below it move down a row so nothing overlaps; a node without
 * outputs (Exit, Go to) cannot carry the path on, so the old target is left unconnected.
 */
export function insertIntoEdge<T extends GraphDoc>(
  doc: T,
  edgeId: string,
  node: JourneyNode,
  makeId = newId,
): T {
  const edge = doc.edges.find((e) => e.id === edgeId);
  const source = edge && findNode(doc, edge.source);
  const target = edge && findNode(doc, edge.target);
  if (!edge || !source || !target) return doc;
  const moved = new Set([target.id, ...descendants(doc, target.id)]);
  moved.delete(source.id);
  // Where paths meet (a Merge paths node), the new step goes in its own path's column, one row
  // below the source, not in the meeting node's column on top of other paths (issue 19).
  const meeting = doc.edges.filter((e) => e.target === target.id).length > 1;
  const dy = meeting ? Math.max(0, source.position.y + 2 * ROW - target.position.y) : ROW;
  const down = shiftDown(doc.nodes, moved, dy);
  const column = meeting ? columnAfter(down, doc, source, edge.sourceHandle, target.id) : null;
  const shifted = column?.nodes ?? down;
  const spot = column ? { x: column.x, y: source.position.y + ROW } : target.position;
  const placed: JourneyNode = {
    ...node,
    position: meeting ? freeSpot(shifted, spot) : spot,
  };
  const first = nodeOutputs(placed)[0];
  // A split's first path keeps the old target, in that path's own column (left of the next
  // paths' and of Other's), not under the split's middle where a later path's "+" goes (issue 19).
  const firstColumn = first && !meeting ? positionAfter(placed, first.id).x - placed.position.x : 0;
  const nodes = firstColumn !== 0 ? shiftRight(shifted, moved, firstColumn) : shifted;
  const edges: JourneyEdge[] = doc.edges.filter((e) => e.id !== edgeId);
  edges.push({
    id: makeId(),
    source: edge.source,
    sourceHandle: edge.sourceHandle,
    target: placed.id,
  });
  if (first)
    edges.push({ id: makeId(), source: placed.id, sourceHandle: first.id, target: edge.target });
  return { ...doc, nodes: [...nodes, placed], edges };
}

/** Adds `node` at an open end: after `sourceId` through its output `handle`. */
export function appendAfter<T extends GraphDoc>(
  doc: T,
  sourceId: string,
  handle: string,
  node: JourneyNode,
  makeId = newId,
): T {
  const source = findNode(doc, sourceId);
  if (!source || !nodeOutputs(source).some((o) => o.id === handle)) return doc;
  if (doc.edges.some((e) => e.source === sourceId && e.sourceHandle === handle)) return doc;
  const column = columnAfter(doc.nodes, doc, source, handle);
  const spot = { x: column.x, y: source.position.y + ROW };
  const placed: JourneyNode = { ...node, position: freeSpot(column.nodes, spot) };
  const edge: JourneyEdge = {
    id: makeId(),
    source: sourceId,
    sourceHandle: handle,
    target: placed.id,
  };
  return { ...doc, nodes: [...column.nodes, placed], edges: [...doc.edges, edge] };
}

/** Adds an unconnected node (dropped from the palette) at the nearest free spot, never on another node. */
export function addNode<T extends GraphDoc>(doc: T, node: JourneyNode): T {
  return {
    ...doc,
    nodes: [...doc.nodes, { ...node, position: freeSpot(doc.nodes, node.position) }],
  };
}

/**
 * Ends the open output `handle` of `nodeId` in its own Exit, below the output: a new journey's
 * path, a new Split's "Other" and a path added later all start closed, so they need no clean-up
 * and the person adds steps only where they want them.
 */
export function endPathWithExit<T extends GraphDoc>(
  doc: T,
  nodeId: string,
  handle: string,
  makeId = newId,
): T {
  const source = findNode(doc, nodeId);
  if (
    !source ||
    !nodeOutputs(source).some((o) => o.id === handle) ||
    doc.edges.some((e) => e.source === nodeId && e.sourceHandle === handle)
  )
    return doc;
  const exit = createNode('exit', { makeId });
  const placed = { ...exit, position: freeSpot(doc.nodes, positionAfter(source, handle)) };
  return {
    ...doc,
    nodes: [...doc.nodes, placed],
    edges: [
      ...doc.edges,
      { id: makeId(), source: nodeId, sourceHandle: handle, target: placed.id },
    ],
  };
}

/**
 * A new Split's "Other" path, and every path of a new Random split after its first, ends in an
 * Exit (`endPathWithExit`); the first path is where the journey goes on.
 */
export function endOtherPath<T extends GraphDoc>(doc: T, splitId: string, makeId = newId): T {
  const node = findNode(doc, splitId);
  if (node?.type === 'split') return endPathWithExit(doc, splitId, 'other', makeId);
  if (node?.type !== 'randomSplit') return doc;
  return nodeOutputs(node)
    .slice(1)
    .reduce((d, o) => endPathWithExit(d, splitId, o.id, makeId), doc);
}

/** Whether an edge from `sourceId`/`handle` to `targetId` would be valid. */
export function canConnect(
  doc: GraphDoc,
  sourceId: string,
  handle: string,
  targetId: string,
): boolean {
  const source = findNode(doc, sourceId);
  const target = findNode(doc, targetId);
  if (!source || !target || sourceId === targetId || !acceptsInput(target)) return false;
  return nodeOutputs(source).some((o) => o.id === handle);
}

/** Connects an output to a node, replacing the edge that output had (an output has one edge). */
export function connect<T extends GraphDoc>(
  doc: T,
  sourceId: string,
  handle: string,
  targetId: string,
  makeId = newId,
): T {
  if (!canConnect(doc, sourceId, handle, targetId)) return doc;
  const edges = doc.edges.filter((e) => !(e.source === sourceId && e.sourceHandle === handle));
  edges.push({ id: makeId(), source: sourceId, sourceHandle: handle, target: targetId });
  return { ...doc, edges };
}

/** Removes edges by id (the outputs become open ends). */
export function removeEdges<T extends GraphDoc>(doc: T, ids: readonly string[]): T {
  const drop = new Set(ids);
  return { ...doc, edges: doc.edges.filter((e) => !drop.has(e.id)) };
}
