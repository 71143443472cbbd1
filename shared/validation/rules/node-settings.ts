import { NODE_SETTING_MISSING } from '../codes';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/** Flow nodes' own required settings: a Gate's condition, a Wait for event's event. */
export function nodeSettingsRule({ graph }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type === 'gate' && node.settings.condition.trim() === '') {
      const msg = 'Condition is required';
      problems.push(error(NODE_SETTING_MISSING, msg, node.id, 'condition'));
    }
    if (node.type === 'waitForEvent' && node.settings.eventName.trim() === '') {
      const msg = 'Event is required';
      problems.push(error(NODE_SETTING_MISSING, msg, node.id, 'eventName'));
    }
  }
  return problems;
}
