import { DUPLICATE_NODE_ID, MISSING_ENTRY, MULTIPLE_ENTRIES } from '../codes';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/** Exactly one Entry node, and unique node ids. */
export function entryRule({ journey }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const entries = journey.nodes.filter((n) => n.type === 'entry');
  if (entries.length === 0) problems.push(error(MISSING_ENTRY, 'The journey has no Entry node'));
  for (const extra of entries.slice(1)) {
    problems.push(error(MULTIPLE_ENTRIES, 'A journey has exactly one Entry node', extra.id));
  }
  const seen = new Set<string>();
  for (const n of journey.nodes) {
    if (seen.has(n.id))
      problems.push(error(DUPLICATE_NODE_ID, `Node id "${n.id}" is used twice`, n.id));
    seen.add(n.id);
  }
  return problems;
}
