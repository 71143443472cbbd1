import type { JourneySummary, Workspace } from '../model';

/** Display names by id of everything an action may reference, so simulation traces name them. */
export function referenceNames(
  workspace: Workspace,
  journeys: readonly Pick<JourneySummary, 'id' | 'name'>[] = [],
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
  add(journeys);
  return names;
}
