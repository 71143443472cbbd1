import { getAction } from '../catalog';
import { NODE_TYPE_LABELS, type ActionSettings, type JourneyNode, type NodeOf } from '../model';

const plural = (amount: number, unit: string) =>
  `${amount} ${amount === 1 ? unit.replace(/s$/, '') : unit}`;

/** The name a node's settings suggest: "Wait 5 days", the chosen action's label, else the type's label. */
export function autoName(node: JourneyNode): string {
  if (node.type === 'wait' && node.settings.mode === 'duration')
    return `Wait ${plural(node.settings.duration.amount, node.settings.duration.unit)}`;
  if (node.type === 'action' && node.settings.actionId)
    return getAction(node.settings.actionId)?.label ?? NODE_TYPE_LABELS.action;
  return NODE_TYPE_LABELS[node.type];
}

/**
 * Whether a node's name only restates its settings (so it should follow them) rather than being
 * the person's own words: the type's label, the generated name, "Wait 7 days", an action's label,
 * the Entry's audience, the awaited event.
 */
export function nameDescribesSettings(node: JourneyNode): boolean {
  const name = node.name.trim();
  if (name === NODE_TYPE_LABELS[node.type] || name === autoName(node)) return true;
  switch (node.type) {
    case 'entry':
      return (
        name === node.settings.source.trim() ||
        name === 'Account audience' ||
        name === 'Journey entry'
      );
    case 'wait':
      return /^Wait( for)? \d+ (minute|hour|day|week)s?$/i.test(name) || /^Wait until /i.test(name);
    case 'waitForEvent':
      return node.settings.eventName !== '' && name.includes(node.settings.eventName);
    default:
      return false;
  }
}

/** New action settings on a node: a name that restated the old action follows the new one; the person's own name stays. */
export function withActionSettings(
  node: NodeOf<'action'>,
  settings: ActionSettings,
): NodeOf<'action'> {
  const next = { ...node, settings };
  if (settings.actionId === node.settings.actionId || !nameDescribesSettings(node)) return next;
  return { ...next, name: autoName(next) };
}
