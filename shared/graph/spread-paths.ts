import { nodeOutputs, type JourneyNode } from '../model';
import { DEFAULT_NODE_SIZE } from './layout';
import { COL } from './insert';
import { descendants, findNode, nodesOnlyOnPath, type GraphDoc } from './queries';

// Tester reports: a split inserted below a step, a path added to it, or a path moved up or down
// in the side panel left the canvas columns off-centre or out of the panel's order. After such an
// edit the split's paths are laid side by side again, in output order, centred under the split.

/** Nodes from which `id` can be reached (its ancestors); edges indexed by target once. */
function ancestors(doc: GraphDoc, id: string): Set<string> {
  const sourcesOf = new Map<string, string[]>();
  for (const e of doc.edges) {
    const list = sourcesOf.get(e.target);
    if (list) list.push(e.source);
    else sourcesOf.set(e.target, [e.source]);
  }
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    for (const source of sourcesOf.get(stack.pop() as string) ?? [])
      if (!seen.has(source)) {
        seen.add(source);
        stack.push(source);
      }
  }
  return seen;
}

const shiftX = (n: JourneyNode, dx: number): JourneyNode =>
  dx === 0 ? n : { ...n, position: { x: n.position.x + dx, y: n.position.y } };

/** Whether two cards would touch or overlap (a card's width plus a gap, a card's height plus one). */
const crowded = (a: JourneyNode, b: JourneyNode) =>
  Math.abs(a.position.y - b.position.y) < DEFAULT_NODE_SIZE.height + 16 &&
  Math.abs(a.position.x - b.position.x) < DEFAULT_NODE_SIZE.width + 20;

/**
 * Lays the paths of `nodeId` (any node with several outputs) side by side in output order, a
 * column apart, the whole centred under it: each path's own steps (those only it reaches) move
 * across together; a path without steps of its own (open, or straight into a Merge) keeps an
 * empty column, where its "+" is. Cards of other paths in the way move aside, those right of the
 * node further right and those left further left; the node, what leads to it and where its paths
 * meet again stay.
 */
export function spreadPaths<T extends GraphDoc>(doc: T, nodeId: string): T {
  const node = findNode(doc, nodeId);
  const outputs = node ? nodeOutputs(node) : [];
  if (!node || outputs.length < 2) return doc;
  const x = new Map(doc.nodes.map((n) => [n.id, n.position.x] as const));
  const slots = outputs.map((o) => {
    const own = nodesOnlyOnPath(doc, nodeId, o.id);
    const xs = own.map((id) => x.get(id) ?? 0);
    return {
      own,
      min: Math.min(...xs, Infinity),
      span: own.length ? Math.max(...xs) - Math.min(...xs) : 0,
    };
  });
  const total = slots.reduce((w, s) => w + s.span, 0) + (slots.length - 1) * COL;
  let left = Math.round(node.position.x - total / 2);
  const dx = new Map<string, number>();
  for (const slot of slots) {
    for (const id of slot.own) dx.set(id, left - slot.min);
    left += slot.span + COL;
  }
  const spread = doc.nodes.map((n) => shiftX(n, dx.get(n.id) ?? 0));
  // Cards of other paths in the way: everything on that side moves out as far as needed.
  const fixed = new Set([nodeId, ...ancestors(doc, nodeId), ...descendants(doc, nodeId)]);
  const paths = spread.filter((n) => dx.has(n.id));
  const others = spread.filter((n) => !fixed.has(n.id));
  const push = (side: 1 | -1) =>
    Math.max(
      0,
      ...others
        .filter((o) => side * (o.position.x - node.position.x) > 0)
        .flatMap((o) =>
          paths.filter((p) => crowded(o, p)).map((p) => side * (p.position.x - o.position.x) + COL),
        ),
    );
  const right = push(1);
  const leftPush = push(-1);
  if (right === 0 && leftPush === 0) return { ...doc, nodes: spread };
  const aside = new Set(others.map((o) => o.id));
  return {
    ...doc,
    nodes: spread.map((n) =>
      !aside.has(n.id)
        ? n
        : shiftX(
            n,
            n.position.x > node.position.x ? right : n.position.x < node.position.x ? -leftPush : 0,
          ),
    ),
  };
}

/**
 * Spreads the paths of `nodeId`, then of every node with several outputs that leads to it,
 * nearest first, so each stays centred over its paths as they grow. A node with one output
 * (a Wait put into a path) changes no column, so the user's own arrangement is left alone.
 */
export function spreadAround<T extends GraphDoc>(doc: T, nodeId: string): T {
  const node = findNode(doc, nodeId);
  if (!node || nodeOutputs(node).length < 2) return doc;
  const before = ancestors(doc, nodeId);
  const above = doc.nodes
    .filter((n) => nodeOutputs(n).length > 1 && before.has(n.id))
    .sort((a, b) => b.position.y - a.position.y)
    .map((n) => n.id);
  return [nodeId, ...above].reduce((d, id) => spreadPaths(d, id), doc);
}
