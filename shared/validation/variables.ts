import type { Journey, Workspace } from '../model';
import { buildGraph, reachable, type JourneyGraph } from './graph';
import { dataKeyOf } from './rules/data-keys';

/** Data Keys per node: set on every path before it (`must`), or on at least one (`may`). */
export interface DataKeyFlow {
  /** Every Data Key some Action step sets, with the steps that set it. */
  setters: Map<string, string[]>;
  must: Map<string, Set<string>>;
  may: Map<string, Set<string>>;
  /** Nodes a profile can reach from the Entry. */
  reachable: Set<string>;
}

function entryIds(graph: JourneyGraph): string[] {
  return [...graph.nodes.values()].filter((n) => n.type === 'entry').map((n) => n.id);
}

function predecessors(graph: JourneyGraph, nodes: Set<string>): Map<string, string[]> {
  const preds = new Map<string, string[]>();
  for (const id of nodes) {
    for (const next of graph.successors(id)) preds.set(next, [...(preds.get(next) ?? []), id]);
  }
  return preds;
}

const intersect = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => b.has(x)));
const sameSet = (a: Set<string>, b: Set<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Forward data-flow over the journey graph (loops included): a Data Key is available at a node
 * when it is set on every path from the Entry (`must`, an intersection, like dominators) or on
 * some path (`may`, a union). A node's own key becomes available only after it.
 */
export function dataKeyFlow(graph: JourneyGraph): DataKeyFlow {
  const setters = new Map<string, string[]>();
  for (const node of graph.nodes.values()) {
    const key = dataKeyOf(node);
    if (key !== undefined) setters.set(key, [...(setters.get(key) ?? []), node.id]);
  }
  const starts = entryIds(graph);
  const live = reachable(graph, starts);
  const preds = predecessors(graph, live);
  const all = new Set(setters.keys());
  const gen = (id: string) => {
    const node = graph.nodes.get(id);
    return node ? dataKeyOf(node) : undefined;
  };
  const must = new Map<string, Set<string>>();
  const may = new Map<string, Set<string>>();
  for (const id of live) {
    must.set(id, starts.includes(id) ? new Set() : new Set(all));
    may.set(id, new Set());
  }
  const out = (map: Map<string, Set<string>>, id: string) => {
    const key = gen(id);
    const set = new Set(map.get(id));
    if (key !== undefined) set.add(key);
    return set;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const id of live) {
      if (starts.includes(id)) continue;
      const from = (preds.get(id) ?? []).filter((p) => live.has(p));
      const nextMust =
        from.reduce<Set<string> | null>(
          (acc, p) => (acc ? intersect(acc, out(must, p)) : out(must, p)),
          null,
        ) ?? new Set();
      const nextMay = new Set(from.flatMap((p) => [...out(may, p)]));
      if (
        !sameSet(nextMust, must.get(id) as Set<string>) ||
        !sameSet(nextMay, may.get(id) as Set<string>)
      ) {
        must.set(id, nextMust);
        may.set(id, nextMay);
        changed = true;
      }
    }
  }
  return { setters, must, may, reachable: live };
}

/** The variables a template at a node may read, as the inspector lists them. */
export interface VariablesInScope {
  person: string[];
  account: string[];
  /** Data Keys set on every path before the node. */
  journey: string[];
}

/** What `{{ … }}` may name at a node: person.<attr>, account.<attr>, journey.<Data Key set before it>. */
export function variablesAt(
  journey: Journey,
  workspace: Workspace,
  nodeId: string,
): VariablesInScope {
  const flow = dataKeyFlow(buildGraph(journey));
  return {
    person: workspace.personAttributes.map((a) => a.key),
    account: workspace.accountAttributes.map((a) => a.key),
    journey: [...(flow.must.get(nodeId) ?? [])].sort(),
  };
}
