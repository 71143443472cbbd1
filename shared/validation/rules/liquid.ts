import { DATA_KEY_USED_BEFORE_SET, LIQUID_SYNTAX, UNKNOWN_DATA_KEY } from '../codes';
import { reachable, type JourneyGraph } from '../graph';
import { dataKeysRead } from '../liquid';
import { error, type Problem } from '../problem';
import { dataKeyOf } from './data-keys';
import type { RuleInput } from './rule';

/** For each Data Key, the nodes that come after a step setting it. */
function nodesAfterSetters(graph: JourneyGraph): Map<string, Set<string>> {
  const after = new Map<string, Set<string>>();
  for (const node of graph.nodes.values()) {
    const key = dataKeyOf(node);
    if (key === undefined) continue;
    const set = after.get(key) ?? new Set<string>();
    for (const id of reachable(graph, graph.successors(node.id))) set.add(id);
    after.set(key, set);
  }
  return after;
}

/** Templates parse (liquidjs, strict filters) and read only Data Keys set before them. */
export function liquidRule({ graph, templates }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const after = nodesAfterSetters(graph);
  for (const t of templates) {
    if (!t.analysis.ok) {
      const msg = `Invalid Liquid in ${t.field}: ${t.analysis.message}`;
      problems.push(error(LIQUID_SYNTAX, msg, t.nodeId, t.field));
      continue;
    }
    for (const key of new Set(dataKeysRead(t.analysis.variables))) {
      const setBefore = after.get(key);
      if (!setBefore) {
        const msg = `{{journey.${key}}} refers to a Data Key no Action step sets`;
        problems.push(error(UNKNOWN_DATA_KEY, msg, t.nodeId, t.field));
      } else if (t.nodeId !== undefined && !setBefore.has(t.nodeId)) {
        const msg = `{{journey.${key}}} is read before the Action step that sets it`;
        problems.push(error(DATA_KEY_USED_BEFORE_SET, msg, t.nodeId, t.field));
      }
    }
  }
  return problems;
}
