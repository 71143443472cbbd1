import type { Journey, Workspace } from '../model';
import { getAction } from './catalog';
import { entryList, entryListCollection } from './entry-sources';

/** The workspace lists journeys refer to by id: Entries and actions such as "Add to account list". */
export type UsedList = 'accountLists' | 'externalAudiences';

/** For each list collection, list id -> the names of the journeys using it, sorted, each once. */
export type ListUsage = Record<UsedList, Record<string, string[]>>;

/** The lists one journey refers to, as `collection` + id pairs (Entry and action selects). */
function listsOf(journey: Journey, ws: Pick<Workspace, UsedList>): [UsedList, string][] {
  const found: [UsedList, string][] = [];
  for (const node of journey.nodes) {
    if (node.type === 'entry') {
      const collection = entryListCollection(node.settings.trigger, journey.audience);
      const id = collection && entryList(node.settings, journey.audience, ws)?.id;
      if (collection && id) found.push([collection, id]);
    }
    if (node.type !== 'action' || !node.settings.actionId) continue;
    for (const field of getAction(node.settings.actionId)?.fields ?? []) {
      const value = node.settings.params[field.name];
      if (typeof value !== 'string' || value === '') continue;
      if (field.options === 'accountLists' || field.options === 'externalAudiences')
        found.push([field.options, value]);
    }
  }
  return found;
}

/**
 * Which journeys use each list, so Settings can say so before a list is deleted ("Used by 2
 * journeys: Onboarding, Renewal"). Versions of one journey share its name and count once.
 */
export function listUsage(journeys: readonly Journey[], ws: Pick<Workspace, UsedList>): ListUsage {
  const usage: ListUsage = { accountLists: {}, externalAudiences: {} };
  for (const journey of journeys) {
    for (const [collection, id] of listsOf(journey, ws)) {
      const names = (usage[collection][id] ??= []);
      if (!names.includes(journey.name)) names.push(journey.name);
    }
  }
  for (const byId of Object.values(usage))
    for (const names of Object.values(byId)) names.sort((a, b) => a.localeCompare(b));
  return usage;
}

/** "Used by 2 journeys: Onboarding, Renewal" (empty when no journey uses it). */
export function usedByText(names: readonly string[]): string {
  return usedByBrief(names, names.length).text;
}

/**
 * The line under a list in Settings: usedByText naming only the first `shown` journeys, and how
 * many it leaves out ("Used by 5 journeys: A, B, C" and 2 more).
 */
export function usedByBrief(names: readonly string[], shown = 3): { text: string; more: number } {
  if (names.length === 0) return { text: '', more: 0 };
  const count = `Used by ${names.length} journey${names.length === 1 ? '' : 's'}`;
  return {
    text: `${count}: ${names.slice(0, shown).join(', ')}`,
    more: Math.max(0, names.length - shown),
  };
}
