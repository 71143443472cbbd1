import { entrySourceText, getAction } from '../catalog';
import {
  NODE_TYPE_LABELS,
  entryTriggerLabel,
  type Audience,
  type JourneyNode,
  type Workspace,
} from '../model';

export { NODE_TYPE_LABELS };

/**
 * One line saying what a node does: the action's label, the wait, the condition, the event. The
 * workspace gives an Entry's list its current name (the Entry refers to it by id).
 */
export function nodeDetail(
  node: JourneyNode,
  audience: Audience = 'account',
  ws?: Pick<Workspace, 'accountLists' | 'externalAudiences'> | null,
): string {
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
    case 'entry': {
      const source = entrySourceText(node.settings, audience, ws);
      const trigger = entryTriggerLabel(node.settings.trigger, audience);
      return source ? `${trigger}: ${source}` : trigger;
    }
    case 'exit':
      return node.settings.reason;
    default:
      return NODE_TYPE_LABELS[node.type];
  }
}
