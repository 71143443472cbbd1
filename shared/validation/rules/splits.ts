import { RANDOM_SPLIT_TOTAL, SPLIT_CRITERION_INCOMPLETE, SPLIT_PATH_NO_CRITERIA } from '../codes';
import { error, warning, type Problem } from '../problem';
import { criterionGap } from './criterion-gap';
import type { RuleInput } from './rule';

/** Random split percentages add up to 100; split paths have complete criteria. */
export function splitsRule({ graph, workspace }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type === 'randomSplit') {
      const total = node.settings.paths.reduce((sum, p) => sum + p.percent, 0);
      if (Math.abs(total - 100) > 1e-9) {
        const msg = `Paths add up to ${total}%, not 100%`;
        problems.push(error(RANDOM_SPLIT_TOTAL, msg, node.id, 'paths'));
      }
    }
    if (node.type === 'split') {
      for (const path of node.settings.paths) {
        for (const gap of path.criteria.flatMap((c) => criterionGap(c, workspace) ?? [])) {
          const msg = `Path "${path.name}": ${gap}`;
          problems.push(warning(SPLIT_CRITERION_INCOMPLETE, msg, node.id, path.id));
        }
        if (path.criteria.length > 0) continue;
        const msg = `Path "${path.name}" has no criteria, so it takes everyone`;
        problems.push(warning(SPLIT_PATH_NO_CRITERIA, msg, node.id, path.id));
      }
    }
  }
  return problems;
}
