import {
  APPLY_TO_INCOMPLETE,
  CRITERION_OPERATOR_UNFIT,
  CRITERION_VALUE_UNFIT,
  CRITERION_VALUE_UNKNOWN,
} from '../codes';
import { error, warning, type Problem } from '../problem';
import {
  criterionGap,
  criterionOperatorUnfit,
  criterionValueUnfit,
  criterionValueUnknown,
} from './criterion-gap';
import type { RuleInput } from './rule';

/** "Apply to which contacts" with criteria must have complete criteria (a warning, per DESIGN). */
export function applyToRule({ workspace, graph }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type !== 'action' || node.settings.applyTo.mode !== 'matching') continue;
    const { criteria } = node.settings.applyTo;
    const gaps =
      criteria.length === 0
        ? ['no criteria are set']
        : criteria.flatMap((c) => criterionGap(c, workspace) ?? []);
    for (const gap of gaps) {
      const msg = `Apply to which contacts: ${gap}`;
      problems.push(warning(APPLY_TO_INCOMPLETE, msg, node.id, 'applyTo'));
    }
    for (const unfit of criteria.flatMap((c) => criterionOperatorUnfit(c, workspace) ?? [])) {
      const msg = `Apply to which contacts: ${unfit}`;
      problems.push(error(CRITERION_OPERATOR_UNFIT, msg, node.id, 'applyTo'));
    }
    for (const unfit of criteria.flatMap((c) => criterionValueUnfit(c, workspace) ?? [])) {
      const msg = `Apply to which contacts: ${unfit}`;
      problems.push(error(CRITERION_VALUE_UNFIT, msg, node.id, 'applyTo'));
    }
    for (const unknown of criteria.flatMap((c) => criterionValueUnknown(c, workspace) ?? [])) {
      const msg = `Apply to which contacts: ${unknown}`;
      problems.push(warning(CRITERION_VALUE_UNKNOWN, msg, node.id, 'applyTo'));
    }
  }
  return problems;
}
