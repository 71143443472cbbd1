import { UNREACHABLE_NODE } from '../codes';
import { reachable } from '../graph';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/** Every node can be reached from the Entry (edges and Go to targets). */
export function reachabilityRule({ journey, graph }: RuleInput): Problem[] {
  const entries = journey.nodes.filter((n) => n.type === 'entry').map((n) => n.id);
  if (entries.length === 0) return [];
  const seen = reachable(graph, entries);
  return [...graph.nodes.values()]
    .filter((n) => !seen.has(n.id))
    .map((n) => error(UNREACHABLE_NODE, 'This step cannot be reached from the Entry', n.id));
}
