import { GATE_CONDITION_FORM, NODE_SETTING_MISSING } from '../codes';
import { gateConditionFormError } from '../gate-condition';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/** Flow nodes' own required settings: a Gate's condition (in its one form), a Wait for event's event. */
export function nodeSettingsRule({ graph }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const node of graph.nodes.values()) {
    if (node.type === 'gate' && node.settings.condition.trim() === '') {
      const msg = 'Condition is required';
      problems.push(error(NODE_SETTING_MISSING, msg, node.id, 'condition'));
    }
    const form = node.type === 'gate' ? gateConditionFormError(node.settings.condition) : undefined;
    if (form) problems.push(error(GATE_CONDITION_FORM, form, node.id, 'condition'));
    if (node.type === 'waitForEvent' && node.settings.eventName.trim() === '') {
      const msg = 'Event is required';
      problems.push(error(NODE_SETTING_MISSING, msg, node.id, 'eventName'));
    }
  }
  return problems;
}
