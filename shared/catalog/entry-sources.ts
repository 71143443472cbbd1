import type { Audience, NodeOf, Workspace } from '../model';
import { accountListNotLive, type RefOption } from './options';

type EntryTrigger = NodeOf<'entry'>['settings']['trigger'];

/**
 * The names an Entry's Source may take for its trigger, when the workspace knows them: an account
 * journey's audience is one of its account lists (a list that is not live is marked, as "Add to
 * account list" marks it), any other audience or segment one of its external audiences, an event
 * one of its events (a suggestion only). A date has none.
 */
export function entrySourceOptions(
  trigger: EntryTrigger,
  audience: Audience,
  ws: Workspace,
): RefOption[] | null {
  const byName = (names: readonly string[]) => names.map((n) => ({ value: n, label: n }));
  if (trigger === 'audience' && audience === 'account')
    return ws.accountLists.map((l) => {
      const disabledReason = accountListNotLive(l);
      return disabledReason
        ? { value: l.name, label: l.name, disabledReason }
        : { value: l.name, label: l.name };
    });
  if (trigger === 'audience' || trigger === 'segment')
    return byName(ws.externalAudiences.map((a) => a.name));
  if (trigger === 'event') return byName(ws.events);
  return null;
}

/** Whether the Entry's Source must be one of the workspace's names (an event may be any name). */
export const entrySourceIsListed = (trigger: EntryTrigger) =>
  trigger === 'audience' || trigger === 'segment';
