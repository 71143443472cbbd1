import { getAction } from '../catalog';
import { NODE_TYPE_LABELS, type JourneyNode } from '../model';

export { NODE_TYPE_LABELS };

/** One line saying what a node does: the action's label, the wait, the condition, the event. */
export function nodeDetail(node: JourneyNode): string {
  switch (node.type) {
    case 'action':
      return node.settings.actionId
        ? (getAction(node.settings.actionId)?.label ?? node.settings.actionId)
        : 'No action chosen';
    case 'wait':
      return node.settings.mode === 'duration'
        ? `${node.settings.duration.amount} ${node.settings.duration.unit}`
        : `until ${node.settings.until}`;
    case 'waitForEvent':
      return `${node.settings.eventName || 'an event'}, up to ${node.settings.timeout.amount} ${node.settings.timeout.unit}`;
    case 'gate':
      return node.settings.condition;
    case 'split':
      return `by ${node.settings.splitBy}`;
    case 'entry':
      return `${node.settings.trigger}${node.settings.source ? `: ${node.settings.source}` : ''}`;
    case 'exit':
      return node.settings.reason;
    default:
      return NODE_TYPE_LABELS[node.type];
  }
}
