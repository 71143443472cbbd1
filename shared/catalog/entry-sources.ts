import type { Audience, NodeOf, Workspace } from '../model';
import { accountListNotLive, type RefOption } from './options';

type EntryTrigger = NodeOf<'entry'>['settings']['trigger'];

/**
 * What an Entry's Source may be for its trigger, when the workspace knows it: an account journey's
 * audience is one of its account lists (a list that is not live is marked, as "Add to account list"
 * marks it), any other audience or segment one of its external audiences (lists by id, as actions
 * refer to them), an event one of its events by name (a suggestion only). A date has none.
 */
export function entrySourceOptions(
  trigger: EntryTrigger,
  audience: Audience,
  ws: Workspace,
): RefOption[] | null {
  if (trigger === 'audience' && audience === 'account')
    return ws.accountLists.map((l) => {
      const disabledReason = accountListNotLive(l);
      return disabledReason
        ? { value: l.id, label: l.name, disabledReason }
        : { value: l.id, label: l.name };
    });
  if (trigger === 'audience' || trigger === 'segment')
    return ws.externalAudiences.map((a) => ({ value: a.id, label: a.name }));
  if (trigger === 'event') return ws.events.map((n) => ({ value: n, label: n }));
  return null;
}

/** Whether the Entry's Source must be one of the workspace's names (an event may be any name). */
export const entrySourceIsListed = (trigger: EntryTrigger) =>
  trigger === 'audience' || trigger === 'segment';

/** The workspace collection an audience or segment Entry names, or null for events and dates. */
export function entryListCollection(
  trigger: EntryTrigger,
  audience: Audience,
): 'accountLists' | 'externalAudiences' | null {
  if (trigger === 'audience' && audience === 'account') return 'accountLists';
  return entrySourceIsListed(trigger) ? 'externalAudiences' : null;
}

/** The list an Entry lets in: its id when the workspace has it, and the name to show. */
export interface EntryList {
  /** The workspace list's id; null when no list matches (deleted, or from another workspace). */
  id: string | null;
  /** The list's current name, or the name the Entry last saw when no list matches. */
  name: string;
}

/**
 * Resolves an audience or segment Entry to its workspace list: by id when it has one (so a rename
 * follows), else by name (Entries saved before ids). Null for events, dates and an empty Source.
 */
export function entryList(
  settings: NodeOf<'entry'>['settings'],
  audience: Audience,
  ws: Pick<Workspace, 'accountLists' | 'externalAudiences'>,
): EntryList | null {
  const collection = entryListCollection(settings.trigger, audience);
  if (!collection) return null;
  const items: readonly { id: string; name: string }[] = ws[collection];
  const found = settings.listId
    ? items.find((l) => l.id === settings.listId)
    : items.find((l) => l.name === settings.source);
  if (found) return { id: found.id, name: found.name };
  return settings.source.trim() === '' && !settings.listId
    ? null
    : { id: null, name: settings.source };
}

/** What an Entry's Source reads as: the list's current name for audiences and segments, else as saved. */
export function entrySourceText(
  settings: NodeOf<'entry'>['settings'],
  audience: Audience,
  ws: Pick<Workspace, 'accountLists' | 'externalAudiences'> | null | undefined,
): string {
  return (ws && entryList(settings, audience, ws)?.name) ?? settings.source;
}
