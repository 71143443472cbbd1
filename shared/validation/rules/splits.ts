import {
  CRITERION_OPERATOR_UNFIT,
  CRITERION_SCOPE_UNUSED,
  CRITERION_VALUE_UNFIT,
  CRITERION_VALUE_UNKNOWN,
  RANDOM_SPLIT_PATH_NEVER_TAKEN,
  RANDOM_SPLIT_TOTAL,
  SPLIT_CRITERION_INCOMPLETE,
  SPLIT_PATH_NO_CRITERIA,
} from '../codes';
import { error, warning, type Problem } from '../problem';
import {
  criterionGap,
  criterionOperatorUnfit,
  criterionScopeUnused,
  criterionValueUnfit,
  criterionValueUnknown,
} from './criterion-gap';
import type { RuleInput } from './rule';

/** What a Random split's total says when it is not 100 (the Problems list and the field, one message). */
export function randomSplitTotalMessage(total: number): string {
  // In hundredths, as shares are shown: 60 + 33.33 + 33.34 is "126.67%", not its float digits.
  return `Paths add up to ${Math.round(total * 100) / 100}%, not 100%`;
}

/** What a Random split path at 0% says: no one ever takes it. */
export function randomPathNeverTaken(pathName: string): string {
  return `Path "${pathName}" gets 0% and is never taken; give it a share or use Split evenly`;
}

/**
 * The field of a split path's criterion: the inspector shows its problems under that row and the
 * Problems list focuses it (issue #19).
 */
export function criterionField(pathId: string, index: number): string {
  return `paths.${pathId}.criteria.${index}`;
}

/** Random split percentages add up to 100; split paths have complete criteria on what they test. */
export function splitsRule({ graph, workspace, journey }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type === 'randomSplit') {
      const total = node.settings.paths.reduce((sum, p) => sum + p.percent, 0);
      if (Math.abs(total - 100) > 1e-9) {
        const msg = randomSplitTotalMessage(total);
        problems.push(error(RANDOM_SPLIT_TOTAL, msg, node.id, 'paths'));
      }
      // On the path's own field: the inspector shows it under that path's percent.
      for (const path of node.settings.paths)
        if (path.percent === 0)
          problems.push(
            warning(
              RANDOM_SPLIT_PATH_NEVER_TAKEN,
              randomPathNeverTaken(path.name),
              node.id,
              path.id,
            ),
          );
    }
    if (node.type === 'split') {
      const { splitBy } = node.settings;
      for (const path of node.settings.paths) {
        path.criteria.forEach((c, i) => {
          const say = (code: string, gap: string | undefined, level = warning) => {
            const field = criterionField(path.id, i);
            if (gap) problems.push(level(code, `Path "${path.name}": ${gap}`, node.id, field));
          };
          say(CRITERION_OPERATOR_UNFIT, criterionOperatorUnfit(c, workspace), error);
          say(CRITERION_VALUE_UNFIT, criterionValueUnfit(c, workspace), error);
          say(SPLIT_CRITERION_INCOMPLETE, criterionGap(c, workspace));
          say(
            CRITERION_SCOPE_UNUSED,
            criterionScopeUnused(c, workspace, journey.audience, splitBy),
          );
          say(CRITERION_VALUE_UNKNOWN, criterionValueUnknown(c, workspace));
        });
        if (path.criteria.length > 0) continue;
        const msg = `Path "${path.name}" has no criteria, so it takes everyone`;
        problems.push(warning(SPLIT_PATH_NO_CRITERIA, msg, node.id, path.id));
      }
    }
  }
  return problems;
}
