import type { JourneySummary, Workspace } from '../model';
import type { ActionTargetKind } from './result';

/** Display names by id of everything an action may reference (journeys and custom Actions come as `named`), so simulation traces and the action log name them. */
export function referenceNames(
  workspace: Workspace,
  named: readonly Pick<JourneySummary, 'id' | 'name'>[] = [],
): Record<string, string> {
  const names: Record<string, string> = {};
  const add = (items: readonly { id: string; name: string }[]) =>
    items.forEach((i) => (names[i.id] = i.name));
  add(workspace.accountLists);
  add(workspace.externalAudiences);
  add(workspace.solutionInterests);
  add(workspace.marketoWorkspaces);
  for (const w of workspace.marketoWorkspaces) {
    add(w.lists);
    add(w.requestCampaigns);
    add(w.emails);
    add(w.partitions);
  }
  add(named);
  return names;
}

/** Action targets stored as workspace or journey ids (tags, scores and attributes are their own names). */
const TARGETS_BY_ID = new Set<ActionTargetKind>([
  'account list',
  'Marketo list',
  'audience',
  'journey',
]);

/**
 * How the action log and traces name a target: its display name, else (deleted since, or from
 * another workspace) what it was, never its internal id.
 */
export function targetName(
  id: string,
  kind: ActionTargetKind,
  names: Readonly<Record<string, string>>,
): string {
  const name = names[id];
  if (name !== undefined) return name;
  if (!TARGETS_BY_ID.has(kind)) return id;
  return `${/^[aeiou]/i.test(kind) ? 'an' : 'a'} ${kind} not in this workspace`;
}
