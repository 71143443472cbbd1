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

/**
 * The field of one "Apply to which contacts" criterion row: its problems show under that row and
 * the Problems list focuses it, as a split path's criteria do (issue #19).
 */
export function applyToCriterionField(index: number): string {
  return `applyTo.criteria.${index}`;
}

/**
 * "Apply to which contacts" with criteria must have complete, fitting criteria (incomplete is a
 * warning, per DESIGN). Each problem is its row's, and names the row ("criterion 2") as the row's
 * group is named; only "no criteria are set" belongs to the whole field.
 */
export function applyToRule({ workspace, graph }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type !== 'action' || node.settings.applyTo.mode !== 'matching') continue;
    const { criteria } = node.settings.applyTo;
    if (criteria.length === 0) {
      const msg = 'Apply to which contacts: no criteria are set';
      problems.push(warning(APPLY_TO_INCOMPLETE, msg, node.id, 'applyTo'));
    }
    criteria.forEach((c, i) => {
      const say = (code: string, gap: string | undefined, level = warning) => {
        const msg = `Apply to which contacts, criterion ${i + 1}: ${gap}`;
        if (gap) problems.push(level(code, msg, node.id, applyToCriterionField(i)));
      };
      say(CRITERION_OPERATOR_UNFIT, criterionOperatorUnfit(c, workspace), error);
      say(CRITERION_VALUE_UNFIT, criterionValueUnfit(c, workspace), error);
      say(APPLY_TO_INCOMPLETE, criterionGap(c, workspace));
      say(CRITERION_VALUE_UNKNOWN, criterionValueUnknown(c, workspace));
    });
  }
  return problems;
}
