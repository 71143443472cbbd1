import { getAction, isOfferedIn } from '../../catalog';
import {
  ACCOUNT_ACTION_IN_PEOPLE_JOURNEY,
  ACTION_NOT_CHOSEN,
  ACTION_NOT_OFFERED,
  ACTION_SCOPE_MISMATCH,
  UNKNOWN_ACTION,
} from '../codes';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/** Each Take an action node names a known action that this journey's audience offers. */
export function actionChoiceRule({ journey, graph }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type !== 'action') continue;
    const { actionId, scope } = node.settings;
    if (actionId === null || actionId === '') {
      const ask =
        journey.audience === 'account' && scope === null ? 'Accounts or People, then ' : '';
      const msg = `Action is required; choose ${ask}an action`;
      problems.push(error(ACTION_NOT_CHOSEN, msg, node.id, 'actionId'));
      continue;
    }
    const action = getAction(actionId);
    if (!action) {
      const msg = `Action "${actionId}" is not a known action; choose another`;
      problems.push(error(UNKNOWN_ACTION, msg, node.id, 'actionId'));
      continue;
    }
    if (action.scope === 'account' && journey.audience === 'people') {
      const msg = `"${action.label}" is an account action; a people journey cannot use it`;
      problems.push(error(ACCOUNT_ACTION_IN_PEOPLE_JOURNEY, msg, node.id, 'actionId'));
    } else if (!isOfferedIn(action, journey.audience)) {
      const msg = `"${action.label}" is not available in ${journey.audience} journeys`;
      problems.push(error(ACTION_NOT_OFFERED, msg, node.id, 'actionId'));
    }
    if (scope !== null && scope !== action.scope) {
      const msg = `"${action.label}" acts on ${action.scope}, but the node is set to ${scope}`;
      problems.push(error(ACTION_SCOPE_MISMATCH, msg, node.id, 'scope'));
    }
  }
  return problems;
}
