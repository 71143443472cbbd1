import { entrySourceText, getAction, missingOption } from '../catalog';
import {
  entryTriggerLabel,
  shareText,
  type Audience,
  type Duration,
  type JourneyNode,
  type NodeOf,
  type Workspace,
} from '../model';

/** The workspace lists a card names (steps and Entries refer to them by id). */
export type ListNames = Pick<Workspace, 'accountLists' | 'externalAudiences'>;

/**
 * The list an action puts people or accounts into or takes them out of ("Add to account list:
 * Target accounts"), by its current name; a list the workspace lacks is said without its id.
 */
function actionListSummary(node: NodeOf<'action'>, label: string, ws: ListNames): string {
  const action = getAction(node.settings.actionId ?? '');
  const field = action?.fields.find(
    (f) => f.options === 'accountLists' || f.options === 'externalAudiences',
  );
  const value = field && node.settings.params[field.name];
  if (!field || typeof value !== 'string' || value === '') return label;
  const items: readonly { id: string; name: string }[] =
    field.options === 'accountLists' ? ws.accountLists : ws.externalAudiences;
  const name = items.find((l) => l.id === value)?.name ?? missingOption(field, value).label;
  return `${label}: ${name}`;
}

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
  /** ListNames are referred to by id: the workspace gives their current names. */
  workspace?: ListNames | null,
): string {
  switch (node.type) {
    case 'entry': {
      const trigger = entryTriggerLabel(node.settings.trigger, audience);
      const source = entrySourceText(node.settings, audience, workspace);
      return source ? `${trigger}: ${source}` : trigger;
    }
    case 'action': {
      const { actionId, scope } = node.settings;
      if (!actionId)
        return scope
          ? `${scope === 'account' ? 'Accounts' : 'People'}: choose an action`
          : 'Choose an action';
      const label = getAction(actionId)?.label ?? actionId;
      return workspace ? actionListSummary(node, label, workspace) : label;
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
