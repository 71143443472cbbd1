import { menuSections } from '../../../shared/lifecycle/action-notes';
import { isAllowed, type LifecycleAction } from '../../../shared/lifecycle/status-rules';
import type { Audience, Journey, JourneyStatus, JourneySummary } from '../../../shared/model';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { focusWhenShown } from '../../components/focus-return';
import type { MenuItem } from './MenuButton';

/** What a lifecycle dialog needs to know about its journey (a summary or a whole document). */
export type LifecycleTarget = Pick<
  JourneySummary,
  'id' | 'name' | 'status' | 'description' | 'lineageId' | 'version' | 'audience'
>;

/** How an action ended: the journey changed, another journey should open, or it is gone. */
export type LifecycleOutcome =
  | { kind: 'changed'; journey: Journey }
  | { kind: 'open'; journey: Journey }
  | { kind: 'deleted'; id: string };

/**
 * Seed 002's header: the main buttons at the top right and the rest in "More...".
 * Draft keeps Duplicate and Delete in More...; other statuses show Duplicate (and Delete) directly.
 * The app's own actions (Create new version, Finish) come last in More..., after the seed's.
 */
const LAYOUT: Record<JourneyStatus, { buttons: LifecycleAction[]; menu: LifecycleAction[] }> = {
  Draft: { buttons: ['Publish'], menu: ['Duplicate', 'Delete'] },
  Scheduled: { buttons: ['Duplicate'], menu: ['Abort'] },
  Live: {
    buttons: ['Duplicate'],
    menu: ['Close to new entries', 'Abort', 'Create new version', 'Finish'],
  },
  'Closed to new entries': { buttons: ['Duplicate'], menu: ['Abort', 'Finish'] },
  Aborted: { buttons: ['Duplicate', 'Delete'], menu: [] },
  Finished: { buttons: ['Duplicate', 'Delete'], menu: [] },
};

/** The header's buttons and More... items for a status, limited to what the status table allows. */
export function headerLayout(status: JourneyStatus): {
  buttons: LifecycleAction[];
  menu: LifecycleAction[];
} {
  const { buttons, menu } = LAYOUT[status];
  return {
    buttons: buttons.filter((a) => isAllowed(status, a)),
    menu: menu.filter((a) => isAllowed(status, a)),
  };
}

const DANGER: readonly LifecycleAction[] = ['Delete', 'Abort'];

/** Whether an action destroys or stops something (drawn in the danger colour). */
export const isDanger = (action: LifecycleAction): boolean => DANGER.includes(action);

/**
 * A lifecycle menu (header More..., a library row's …): seed 002's actions first in its order,
 * then a separator and the app's own actions, each with a line saying what it does.
 */
export function lifecycleMenuItems(
  actions: readonly LifecycleAction[],
  audience: Audience,
  onSelect: (action: LifecycleAction) => void,
): MenuItem[] {
  const sections = menuSections(actions, audience);
  return sections.map(({ action, appOwn, note }, i) => ({
    label: action,
    danger: isDanger(action),
    note,
    startsGroup: appOwn && !sections[i - 1]?.appOwn,
    onSelect: () => onSelect(action),
  }));
}

/** Runs a confirmed one-step transition (no form) through the contract. */
export async function runTransition(
  action: 'Close to new entries' | 'Abort' | 'Finish' | 'Delete' | 'Create new version',
  id: string,
): Promise<LifecycleOutcome> {
  switch (action) {
    case 'Close to new entries':
      return { kind: 'changed', journey: await api.call('journeys.closeToNewEntries', { id }) };
    case 'Abort':
      return { kind: 'changed', journey: await api.call('journeys.abort', { id }) };
    case 'Finish':
      return { kind: 'changed', journey: await api.call('journeys.finish', { id }) };
    case 'Delete':
      await api.call('journeys.delete', { id });
      return { kind: 'deleted', id };
    case 'Create new version':
      return { kind: 'open', journey: await api.call('journeys.createVersion', { id }) };
  }
}

/**
 * Opens a journey an action just made (a new version, a copy) with keyboard focus on its title
 * heading: a predictable place, never a node that happened to hold focus (the new journey keeps
 * the old one's node ids, so the old focused card could carry over).
 */
export function openMadeJourney(id: string): void {
  navigate({ page: 'journey', id });
  focusWhenShown(() =>
    document.querySelector<HTMLElement>(`#journey-name[data-journey-id="${CSS.escape(id)}"]`),
  );
}
