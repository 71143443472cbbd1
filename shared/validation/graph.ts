import { successorMap } from '../graph/queries';
import type { Journey, JourneyEdge, JourneyNode } from '../model';

/** Index of a journey's nodes and edges for the structural rules. */
export interface JourneyGraph {
  nodes: Map<string, JourneyNode>;
  /** Edges by source node id (only edges whose source exists). */
  outgoing: Map<string, JourneyEdge[]>;
  /** Node ids a profile can move to next: edge targets, and a Go to's target. */
  successors(id: string): string[];
}

/** Builds the graph index once per validation. */
export function buildGraph(journey: Journey): JourneyGraph {
  const nodes = new Map<string, JourneyNode>();
  for (const n of journey.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const outgoing = new Map<string, JourneyEdge[]>();
  for (const e of journey.edges) {
    if (!nodes.has(e.source)) continue;
    const list = outgoing.get(e.source) ?? [];
    list.push(e);
    outgoing.set(e.source, list);
  }
  // One definition of "where can a profile go next", shared with the editor (shared/graph).
  const next = successorMap({
    nodes: [...nodes.values()],
    edges: journey.edges.filter((e) => nodes.has(e.source)),
  });
  const successors = (id: string): string[] => (next.get(id) ?? []).filter((t) => nodes.has(t));
  return { nodes, outgoing, successors };
}

/** Node ids reachable from `starts` (the starts included). */
export function reachable(graph: JourneyGraph, starts: readonly string[]): Set<string> {
  const seen = new Set<string>(starts);
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const next of graph.successors(id)) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/** Whether a node makes profiles spend time (breaks an instant loop or back-to-back sends). */
export function isWait(node: JourneyNode): boolean {
  return node.type === 'wait' || node.type === 'waitForEvent';
}

/** A node's display name in quotes, for messages. */
export function quoted(node: JourneyNode): string {
  return `"${node.name}"`;
}
