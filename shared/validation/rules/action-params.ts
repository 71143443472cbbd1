import { getAction, missingParams, parseParams } from '../../catalog';
import { FIELD_TOO_LONG, INVALID_PARAM, MISSING_SETTING } from '../codes';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/**
 * Parameter values meet their constraints, and required settings are filled in. DESIGN section 4
 * makes a missing required setting an error (it blocks Publish); drafts still save incomplete.
 */
export function actionParamsRule({ graph }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type !== 'action' || node.settings.actionId === null) continue;
    const action = getAction(node.settings.actionId);
    if (!action) continue;
    const { params } = node.settings;
    const parsed = parseParams(action.id, params);
    const invalid = new Set<string>();
    if (!parsed.success) {
      for (const issue of parsed.issues) {
        const name = issue.field.split('.')[0];
        invalid.add(name);
        const code = issue.code === 'too_big' ? FIELD_TOO_LONG : INVALID_PARAM;
        problems.push(error(code, issue.message, node.id, `params.${issue.field}`));
      }
    }
    for (const field of missingParams(action, params)) {
      if (invalid.has(field.name)) continue;
      const msg = `${field.label} is required`;
      problems.push(error(MISSING_SETTING, msg, node.id, `params.${field.name}`));
    }
  }
  return problems;
}
