import type { Audience } from '../model';
import type { LifecycleAction } from './status-rules';

/** The actions this app adds to seed 002's status table (DESIGN.md: New version; issue 17: Finish). */
export const APP_OWN_ACTIONS: readonly LifecycleAction[] = ['Create new version', 'Finish'];

/** Whether an action is this app's own, not one of seed 002's. */
export function isAppOwnAction(action: LifecycleAction): boolean {
  return APP_OWN_ACTIONS.includes(action);
}

/**
 * One line saying what an app-own action does, shown under it in a menu, so a reader of the
 * seed knows why it is there.
 */
export function appActionNote(action: LifecycleAction, audience: Audience): string | undefined {
  const unit = audience === 'account' ? 'account' : 'person';
  switch (action) {
    case 'Create new version':
      return 'A Draft copy to change; publishing it closes this version to new entries.';
    case 'Finish':
      return `Mark that every ${unit} has completed the journey; in Journey Optimizer B2B this happens by itself.`;
    default:
      return undefined;
  }
}

/**
 * Menu entries for the actions a status allows: seed 002's first, in the seed's order, then the
 * app's own, each with its note (the menu draws a separator between the two).
 */
export function menuSections(
  actions: readonly LifecycleAction[],
  audience: Audience,
): { action: LifecycleAction; appOwn: boolean; note?: string }[] {
  const seed = actions.filter((a) => !isAppOwnAction(a));
  const own = actions.filter(isAppOwnAction);
  return [
    ...seed.map((action) => ({ action, appOwn: false })),
    ...own.map((action) => ({ action, appOwn: true, note: appActionNote(action, audience) })),
  ];
}
