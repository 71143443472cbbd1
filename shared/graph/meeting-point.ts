import { openOutputs, successorMap, findNode, type GraphDoc } from './queries';

// Where the paths leaving a node meet again: its immediate post-dominator. The editor places a
// split by people's Merge paths node there (issue 17).

/** Stands for "the journey ends here" (an Exit, an open output, a Go to without target). */
const END = '\u0000end';

/** What follows each node reachable from `from` (Go to jumps included); ends lead to END. */
function forwardGraph(doc: GraphDoc, from: string): Map<string, string[]> {
  const next = successorMap(doc);
  const out = new Map<string, string[]>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    const node = findNode(doc, id);
    if (out.has(id) || !node) continue;
    const targets = [...new Set(next.get(id) ?? [])];
    if (targets.length === 0 || openOutputs(doc, node).length > 0) targets.push(END);
    out.set(id, targets);
    stack.push(...targets.filter((t) => t !== END));
  }
  return out;
}

/**
 * The first node every path from `from` reaches (its immediate post-dominator), or null when the
 * paths never meet: they end at different Exits, an open output, or leave by a Go to.
 */
export function meetingPoint(doc: GraphDoc, from: string): string | null {
  const graph = forwardGraph(doc, from);
  const all = new Set([...graph.keys(), END]);
  // Post-dominator sets by the classic fixed point: pdom(n) = {n} ∪ ⋂ pdom(successors).
  const pdom = new Map<string, Set<string>>([...graph.keys()].map((id) => [id, all]));
  pdom.set(END, new Set([END]));
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, targets] of graph) {
      const sets = targets.map((t) => pdom.get(t) as Set<string>);
      const meet = new Set([...sets[0]].filter((x) => sets.every((s) => s.has(x))));
      meet.add(id);
      if (meet.size !== (pdom.get(id) as Set<string>).size) {
        pdom.set(id, meet);
        changed = true;
      }
    }
  }
  const own = pdom.get(from) as Set<string>;
  // The immediate one is post-dominated by all the others: its own set is one smaller.
  const first = [...own].find((d) => d !== from && pdom.get(d)?.size === own.size - 1);
  return first === undefined || first === END ? null : first;
}

/**
 * The Merge paths node that closes the split `splitId`: the one merge its paths reach first
 * (none counted past it), or null when they reach none or several.
 */
export function closingMerge(doc: GraphDoc, splitId: string): string | null {
  const next = successorMap(doc);
  const merges = new Set<string>();
  const seen = new Set<string>([splitId]);
  const stack = [...(next.get(splitId) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    if (findNode(doc, id)?.type === 'merge') merges.add(id);
    else stack.push(...(next.get(id) ?? []));
  }
  return merges.size === 1 ? [...merges][0] : null;
}
