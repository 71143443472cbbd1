import { getAction } from '../../catalog';
import { ACTION_VALUE_UNFIT } from '../codes';
import { hasLiquid } from '../liquid';
import { error, type Problem } from '../problem';
import { attributeValueUnfit } from './criterion-gap';
import type { RuleInput } from './rule';

/**
 * The new value of a Change Data Value action fits its attribute's type ("lots" is not a number
 * for Number of employees), with the words a split criterion uses. A value with Liquid is only
 * known when the step runs, so only literal values are checked.
 */
export function actionAttributeValueRule({ graph, workspace }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type !== 'action' || node.settings.actionId === null) continue;
    const effect = getAction(node.settings.actionId)?.simulation;
    if (effect?.kind !== 'setAttribute' || !('param' in effect.attribute)) continue;
    const { params } = node.settings;
    const key = params[effect.attribute.param];
    const raw = params[effect.valueParam];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value === '' || hasLiquid(value)) continue;
    const attributes =
      effect.target === 'account' ? workspace.accountAttributes : workspace.personAttributes;
    const attribute = attributes.find((a) => a.key === key);
    const unfit = attribute && attributeValueUnfit(attribute, value);
    if (unfit)
      problems.push(error(ACTION_VALUE_UNFIT, unfit, node.id, `params.${effect.valueParam}`));
  }
  return problems;
}
