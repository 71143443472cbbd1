import { getAction } from '../catalog';
import {
  entryTriggerLabel,
  NODE_TYPE_LABELS,
  type Audience,
  type ActionSettings,
  type JourneyNode,
  type NodeOf,
} from '../model';

const plural = (amount: number, unit: string) =>
  `${amount} ${amount === 1 ? unit.replace(/s$/, '') : unit}`;

/** The name of a custom Action by id (seed 003's Actions tab), when the caller knows them. */
export type CustomActionName = (actionRef: string) => string | undefined;

/** The custom Action an Action step calls, by its name ("Customer API"), when one is chosen. */
function customActionStepName(node: JourneyNode, nameOf?: CustomActionName): string | undefined {
  if (node.type !== 'action' || node.settings.actionId !== 'custom-action' || !nameOf)
    return undefined;
  const ref = node.settings.params.actionRef;
  return typeof ref === 'string' && ref !== '' ? nameOf(ref) : undefined;
}

/**
 * The name a node's settings suggest: "Wait 5 days", the chosen custom Action's name, the chosen
 * action's label, else the type's label.
 */
export function autoName(
  node: JourneyNode,
  customActionName?: CustomActionName,
  audience: Audience = 'account',
): string {
  if (node.type === 'wait' && node.settings.mode === 'duration')
    return `Wait ${plural(node.settings.duration.amount, node.settings.duration.unit)}`;
  const custom = customActionStepName(node, customActionName);
  if (custom) return custom;
  if (node.type === 'action' && node.settings.actionId)
    return getAction(node.settings.actionId)?.label ?? NODE_TYPE_LABELS.action;
  if (node.type === 'entry') return entryName(node, audience);
  return NODE_TYPE_LABELS[node.type];
}

/**
 * What a new journey's Entry is called, by its trigger and the journey's audience: an audience
 * trigger as its picker words it ("Account audience", a people journey's "Audience"), else people.
 */
export const defaultEntryName = (
  trigger: NodeOf<'entry'>['settings']['trigger'],
  audience: Audience = 'account',
): string => (trigger === 'audience' ? entryTriggerLabel(trigger, audience) : 'Journey entry');

/** An Entry is named after its source, else as a new journey names it (by its trigger). */
function entryName(node: NodeOf<'entry'>, audience: Audience): string {
  return node.settings.source.trim() || defaultEntryName(node.settings.trigger, audience);
}

/**
 * Whether a node's name only restates its settings (so it should follow them) rather than being
 * the person's own words: the type's label, the generated name, "Wait 7 days", an action's label,
 * the Entry's audience, the awaited event.
 */
export function nameDescribesSettings(
  node: JourneyNode,
  customActionName?: CustomActionName,
): boolean {
  const name = node.name.trim();
  if (
    name === NODE_TYPE_LABELS[node.type] ||
    name === autoName(node) ||
    name === autoName(node, customActionName)
  )
    return true;
  switch (node.type) {
    case 'entry':
      return (
        name === node.settings.source.trim() ||
        name === defaultEntryName('audience', 'account') ||
        name === defaultEntryName('audience', 'people') ||
        name === defaultEntryName('segment')
      );
    case 'wait':
      return /^Wait( for)? \d+ (minute|hour|day|week)s?$/i.test(name) || /^Wait until /i.test(name);
    case 'waitForEvent':
      return node.settings.eventName !== '' && name.includes(node.settings.eventName);
    default:
      return false;
  }
}

/**
 * New action settings on a node: a name that restated the old action (or the custom Action the
 * step called) follows the new one; the person's own name stays.
 */
export function withActionSettings(
  node: NodeOf<'action'>,
  settings: ActionSettings,
  customActionName?: CustomActionName,
): NodeOf<'action'> {
  const next = { ...node, settings };
  const changed =
    settings.actionId !== node.settings.actionId ||
    settings.params.actionRef !== node.settings.params.actionRef;
  if (!changed || !nameDescribesSettings(node, customActionName)) return next;
  return { ...next, name: autoName(next, customActionName) };
}
