import { nodeOutputs, type JourneyEdge, type JourneyNode, type NodeOutput } from '../model';

/** The part of a journey the graph operations read and write. */
export interface GraphDoc {
  nodes: JourneyNode[];
  edges: JourneyEdge[];
}

/** A node by id, or undefined. */
export function findNode(doc: GraphDoc, id: string): JourneyNode | undefined {
  return doc.nodes.find((n) => n.id === id);
}

/** The edge leaving `nodeId` through `handle`, if any. */
export function edgeFrom(doc: GraphDoc, nodeId: string, handle: string): JourneyEdge | undefined {
  return doc.edges.find((e) => e.source === nodeId && e.sourceHandle === handle);
}

/**
 * The targets of a node's edges in output (display) order: Path 1 before Other, True before
 * False. The order the edges were stored in says nothing (a path added later is stored last).
 */
export function targetsInOutputOrder(doc: GraphDoc, nodeId: string): string[] {
  const node = findNode(doc, nodeId);
  if (!node) return [];
  const order = nodeOutputs(node).map((o) => o.id);
  return doc.edges
    .filter((e) => e.source === nodeId)
    .sort((a, b) => order.indexOf(a.sourceHandle) - order.indexOf(b.sourceHandle))
    .map((e) => e.target);
}

/** Outputs of a node that have no edge yet ("open ends"). */
export function openOutputs(doc: GraphDoc, node: JourneyNode): NodeOutput[] {
  const used = new Set(doc.edges.filter((e) => e.source === node.id).map((e) => e.sourceHandle));
  return nodeOutputs(node).filter((o) => !used.has(o.id));
}

/**
 * Where a profile can go next from each node: edge targets and Go to targets. A Go to may not
 * target the Entry (validation says so), so that jump leads nowhere. Validation's graph index
 * (`shared/validation/graph.ts`) reads this map, so the editor and validation agree.
 */
export function successorMap(doc: GraphDoc): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const types = new Map(doc.nodes.map((n) => [n.id, n.type] as const));
  for (const n of doc.nodes) if (!map.has(n.id)) map.set(n.id, []);
  for (const e of doc.edges) map.get(e.source)?.push(e.target);
  for (const n of doc.nodes) {
    const target = n.type === 'goto' ? n.settings.targetNodeId : null;
    if (target && types.get(target) !== 'entry') map.get(n.id)?.push(target);
  }
  return map;
}

/** Each node's targets, one per connected output, in output (left-to-right) order. */
function orderedTargets(doc: GraphDoc): Map<string, string[]> {
  const edges = new Map(doc.edges.map((e) => [`${e.source}|${e.sourceHandle}`, e.target] as const));
  const ids = new Set(doc.nodes.map((n) => n.id));
  return new Map(
    doc.nodes.map((n) => [
      n.id,
      nodeOutputs(n)
        .map((o) => edges.get(`${n.id}|${o.id}`))
        .filter((t): t is string => t !== undefined && ids.has(t)),
    ]),
  );
}

/** Depth-first preorder from the Entry, outputs left to right; unreached nodes last, in document order. */
function depthFirstOrder(doc: GraphDoc, targets: Map<string, string[]>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // An explicit stack (big journeys are deep): children pushed right to left so the left one comes first.
  const visit = (start: string) => {
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
      const next = targets.get(id) ?? [];
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
    }
  };
  for (const n of doc.nodes) if (n.type === 'entry') visit(n.id);
  for (const n of doc.nodes) if (!seen.has(n.id)) visit(n.id);
  return out;
}

/**
 * Node ids in flow order, as a person reads the map: from the Entry down each path, outputs left
 * to right, and a node where paths meet (Merge paths, a shared Exit) only after every path into
 * it. A loop back is read where depth-first reading meets it; nodes no path reaches come last in
 * document order. Keyboard Tab and the per-step results follow it.
 */
export function flowOrder(doc: GraphDoc): string[] {
  const targets = orderedTargets(doc);
  const preorder = depthFirstOrder(doc, targets);
  const waiting = new Map<string, number>(doc.nodes.map((n) => [n.id, 0]));
  for (const next of targets.values())
    for (const t of next) waiting.set(t, (waiting.get(t) ?? 0) + 1);
  const out: string[] = [];
  const done = new Set<string>();
  const ready: string[] = [];
  let cursor = 0;
  while (out.length < preorder.length) {
    let id = ready.pop();
    if (id === undefined) {
      // Nothing is ready (the start, a loop, an unreached node): take the next in depth-first reading.
      while (done.has(preorder[cursor])) cursor++;
      id = preorder[cursor];
    }
    if (done.has(id)) continue;
    done.add(id);
    out.push(id);
    const next = targets.get(id) ?? [];
    for (let i = next.length - 1; i >= 0; i--) {
      const t = next[i];
      const left = (waiting.get(t) ?? 1) - 1;
      waiting.set(t, left);
      if (left === 0 && !done.has(t)) ready.push(t);
    }
  }
  return out;
}

/** Node ids reachable from `starts`, the starts included. */
export function reachableFrom(doc: GraphDoc, starts: readonly string[]): Set<string> {
  const next = successorMap(doc);
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id) || !next.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return seen;
}

/** Node ids reachable from the Entry (every node when there is no Entry, so nothing looks orphaned). */
export function reachableFromEntry(doc: GraphDoc): Set<string> {
  const entries = doc.nodes.filter((n) => n.type === 'entry').map((n) => n.id);
  return entries.length === 0 ? new Set(doc.nodes.map((n) => n.id)) : reachableFrom(doc, entries);
}

/** Node ids downstream of `id` following edges only (not Go to jumps), `id` excluded. */
export function descendants(doc: GraphDoc, id: string): Set<string> {
  const seen = new Set<string>();
  const stack = doc.edges.filter((e) => e.source === id).map((e) => e.target);
  while (stack.length > 0) {
    const cur = stack.pop() as string;
    if (seen.has(cur) || cur === id) continue;
    seen.add(cur);
    for (const e of doc.edges) if (e.source === cur) stack.push(e.target);
  }
  return seen;
}

/** Nodes that would go with a path: those reachable only through it. */
export function nodesOnlyOnPath(doc: GraphDoc, nodeId: string, pathId: string): string[] {
  const edge = doc.edges.find((e) => e.source === nodeId && e.sourceHandle === pathId);
  if (!edge) return [];
  const branch = new Set([edge.target, ...descendants(doc, edge.target)]);
  branch.delete(nodeId);
  const without = { nodes: doc.nodes, edges: doc.edges.filter((e) => e.id !== edge.id) };
  const hadInput = new Set(doc.edges.map((e) => e.target));
  const roots = doc.nodes.filter((n) => n.type === 'entry' || !hadInput.has(n.id)).map((n) => n.id);
  const alive = reachableFrom(without, roots);
  return [...branch].filter((id) => !alive.has(id));
}
