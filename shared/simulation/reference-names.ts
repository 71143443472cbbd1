import type { JourneySummary, Workspace } from '../model';

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
