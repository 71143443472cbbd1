import { fieldApplies, getAction } from '../catalog';
import type { FieldDraft, JourneyNode } from '../model';

type Drafts = Record<string, FieldDraft>;

/**
 * Whether the step still shows the field a draft was refused in: an action's `params.<name>` only
 * while its action has that field and shows it, a Wait's amount only while it waits a duration,
 * a Random split's percent only while the path is there. Other fields always stay.
 */
function stepHasField(node: JourneyNode, field: string): boolean {
  switch (node.type) {
    case 'action': {
      if (!field.startsWith('params.')) return true;
      const name = field.slice('params.'.length).split('.')[0];
      const { actionId, params } = node.settings;
      const def = actionId === null ? undefined : getAction(actionId);
      return def?.fields.some((f) => f.name === name && fieldApplies(f, params)) ?? false;
    }
    case 'wait':
      return field !== 'duration.amount' || node.settings.mode === 'duration';
    case 'randomSplit':
      return node.settings.paths.some((p) => p.id === field);
    default:
      return true;
  }
}

/**
 * The drafts whose step and field the journey still has; the same object when none went. A step
 * deleted, an action changed or a path removed takes its refused values along (issue #19: the
 * problem stayed, with no field left to fix it in). One rule for the editor and for core.
 */
export function draftsOfSteps(drafts: Drafts, nodes: readonly JourneyNode[]): Drafts {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const kept = Object.entries(drafts).filter(([, d]) => {
    const node = byId.get(d.nodeId);
    return node !== undefined && stepHasField(node, d.field);
  });
  return kept.length === Object.keys(drafts).length ? drafts : Object.fromEntries(kept);
}
