import { DURATION_INVALID, GATE_CONDITION_FORM, NODE_SETTING_MISSING } from '../codes';
import { DURATION_AMOUNT_LABELS, durationAmountIssue } from '../duration';
import { gateConditionFormError } from '../gate-condition';
import { error, type Problem } from '../problem';
import type { RuleInput } from './rule';

/**
 * Flow nodes' own required settings: a Gate's condition (in its one form), a Wait for event's
 * event, and a Wait's duration or a timeout of at least 1 (an imported 0 would not wait at all).
 */
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
    const duration =
      node.type === 'wait' && node.settings.mode === 'duration'
        ? (['duration.amount', node.settings.duration] as const)
        : node.type === 'waitForEvent'
          ? (['timeout.amount', node.settings.timeout] as const)
          : undefined;
    const issue =
      duration &&
      durationAmountIssue(
        DURATION_AMOUNT_LABELS[duration[0]],
        String(duration[1].amount),
        duration[1].unit,
      );
    if (duration && issue) problems.push(error(DURATION_INVALID, issue, node.id, duration[0]));
  }
  return problems;
}
