import { getAction } from '../catalog';
import {
  entryTriggerLabel,
  shareText,
  type Audience,
  type Duration,
  type JourneyNode,
} from '../model';

/** "5 days", "1 hour". */
export function formatDuration(d: Duration): string {
  const unit = d.amount === 1 ? d.unit.replace(/s$/, '') : d.unit;
  return `${d.amount} ${unit}`;
}

/**
 * One line that says what a node's settings are, for the node card. The Entry's trigger is worded
 * for the journey's audience, as the trigger picker words it (ENTRY_TRIGGER_LABELS).
 */
export function summarizeNode(
  node: JourneyNode,
  nameOf: (id: string) => string | undefined,
  audience: Audience = 'account',
): string {
  switch (node.type) {
    case 'entry': {
      const trigger = entryTriggerLabel(node.settings.trigger, audience);
      return node.settings.source ? `${trigger}: ${node.settings.source}` : trigger;
    }
    case 'action': {
      const { actionId, scope } = node.settings;
      if (!actionId)
        return scope
          ? `${scope === 'account' ? 'Accounts' : 'People'}: choose an action`
          : 'Choose an action';
      return getAction(actionId)?.label ?? actionId;
    }
    case 'wait':
      return node.settings.mode === 'duration'
        ? `Wait ${formatDuration(node.settings.duration)}`
        : `Until ${node.settings.until || '…'}`;
    case 'waitForEvent':
      return `${node.settings.eventName || 'No event yet'} · timeout ${formatDuration(node.settings.timeout)}`;
    case 'split':
      return `By ${node.settings.splitBy} · ${node.settings.paths.length} path${node.settings.paths.length === 1 ? '' : 's'} + Other`;
    case 'randomSplit':
      return node.settings.paths.map((p) => shareText(p.percent)).join(' / ');
    case 'gate':
      return node.settings.condition.trim() || 'No condition yet';
    case 'merge':
      return 'Paths join here';
    case 'goto': {
      const target = node.settings.targetNodeId;
      return target ? `To ${nameOf(target) ?? 'a missing node'}` : 'Choose a target';
    }
    case 'exit':
      return node.settings.reason || 'Leaves the journey';
  }
}
