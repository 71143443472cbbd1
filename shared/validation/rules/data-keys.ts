import type { JourneyNode } from '../../model';
import { DUPLICATE_DATA_KEY, UNUSED_DATA_KEY } from '../codes';
import { dataKeyOf } from '../../graph/data-keys';
import { quoted } from '../graph';
import { dataKeysRead } from '../liquid';
import { error, warning, type Problem } from '../problem';
import type { RuleInput } from './rule';

export { dataKeyOf };

/** Data Keys are unique in the journey (error) and read somewhere (warning when not). */
export function dataKeysRule({ graph, templates }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const firstByKey = new Map<string, JourneyNode>();
  const read = new Set(
    templates.flatMap((t) => (t.analysis.ok ? dataKeysRead(t.analysis.variables) : [])),
  );
  for (const node of graph.nodes.values()) {
    const key = dataKeyOf(node);
    if (key === undefined) continue;
    const first = firstByKey.get(key);
    if (first) {
      const msg = `Data Key "${key}" is already used by ${quoted(first)}`;
      problems.push(error(DUPLICATE_DATA_KEY, msg, node.id, 'params.dataKey'));
      continue;
    }
    firstByKey.set(key, node);
    if (!read.has(key)) {
      const msg = `Data Key "${key}" is never used; reference it as {{ journey.${key}.body }} or remove it`;
      problems.push(warning(UNUSED_DATA_KEY, msg, node.id, 'params.dataKey'));
    }
  }
  return problems;
}
