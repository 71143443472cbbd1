import { z } from 'zod';
import { AppError } from '../errors';
import type { JourneyStatus } from '../model';

/** The journey actions of the account-journeys seed (plus Create new version and Finish). */
export const LifecycleAction = z.enum([
  'Publish',
  'Duplicate',
  'Delete',
  'Close to new entries',
  'Abort',
  'Create new version',
  'Finish',
]);
export type LifecycleAction = z.infer<typeof LifecycleAction>;

/**
 * Which actions each status allows — seed 002's table, plus: Create new version of a Live
 * journey, Finish (seed 002: a Live or Closed journey becomes Finished "when all accounts
 * complete the journey"; the simulator's lifecycle rehearsal reports that day), and Scheduled behaving like Live
 * (it cannot be deleted; it can be aborted).
 */
export const ALLOWED_ACTIONS: Record<JourneyStatus, readonly LifecycleAction[]> = {
  Draft: ['Publish', 'Duplicate', 'Delete'],
  Scheduled: ['Duplicate', 'Abort'],
  Live: ['Duplicate', 'Close to new entries', 'Abort', 'Create new version', 'Finish'],
  'Closed to new entries': ['Duplicate', 'Abort', 'Finish'],
  Aborted: ['Duplicate', 'Delete'],
  Finished: ['Duplicate', 'Delete'],
};

/** Whether `status` allows `action`. */
export function isAllowed(status: JourneyStatus, action: LifecycleAction): boolean {
  return ALLOWED_ACTIONS[status].includes(action);
}

/** Only a Draft is editable (seed 002: Live "is no longer editable"). */
export function canEdit(status: JourneyStatus): boolean {
  return status === 'Draft';
}

/**
 * Why a journey's name cannot be edited, or null when it can: seed 002 calls only a Draft
 * "editable" (a Live journey "is no longer editable"), so the name is edited on a Draft only.
 * The one wording for the disabled Edit name control and core's refusal.
 */
export function renameRefusal(status: JourneyStatus): string | null {
  if (canEdit(status)) return null;
  return `The name of a ${status} journey is not editable; only a Draft can be renamed.${
    status === 'Live' ? ' Create a new version to rename it.' : ''
  }`;
}

/** Throws AppError 'forbidden' on field `name` unless the journey's name is editable. */
export function assertRenamable(journey: { name: string; status: JourneyStatus }): void {
  const why = renameRefusal(journey.status);
  if (why) throw new AppError('forbidden', `name: cannot rename "${journey.name}". ${why}`, 'name');
}

/** Why a journey of this status opens read-only, for the canvas banner. */
export function readOnlyReason(
  status: JourneyStatus,
  audience: 'account' | 'people' = 'account',
): string | null {
  switch (status) {
    case 'Draft':
      return null;
    case 'Live':
      return 'This journey is Live and no longer editable. Create a new version to change it.';
    case 'Scheduled':
      return 'This journey is Scheduled to start and is no longer editable.';
    case 'Closed to new entries':
      return `This journey is Closed to new entries: ${audience === 'account' ? 'accounts' : 'people'} already in it finish their path; it cannot be edited.`;
    case 'Aborted':
      return 'This journey was Aborted and cannot be restarted or edited. Duplicate it to reuse the flow.';
    case 'Finished':
      return 'This journey is Finished and cannot be edited. Duplicate it to reuse the flow.';
  }
}

/** Why a status refuses an action, beyond "not in the table" (seed 002's own reasons). */
function specialReason(status: JourneyStatus, action: LifecycleAction): string | null {
  if (action === 'Delete' && (status === 'Live' || status === 'Scheduled')) {
    return 'A Live or Scheduled journey cannot be deleted; abort it first.';
  }
  if (action === 'Publish' && status === 'Aborted')
    return 'An aborted journey cannot be restarted; duplicate it instead.';
  if (action === 'Publish' && status !== 'Draft')
    return 'Only a Draft can be published; create a new version or duplicate it.';
  if (action === 'Abort' && status === 'Draft')
    return 'A Draft was never published, so there is nothing to abort; delete it instead.';
  if (action === 'Create new version' && status !== 'Live')
    return 'Only a Live journey gets new versions; duplicate it instead.';
  return null;
}

/** The clear refusal of `action` on a journey of `status`, naming both. */
export function refusalMessage(
  name: string,
  status: JourneyStatus,
  action: LifecycleAction,
): string {
  const allowed = ALLOWED_ACTIONS[status].join(', ');
  const why = specialReason(status, action) ?? `A journey that is ${status} allows: ${allowed}.`;
  return `Cannot ${action} "${name}": it is ${status}. ${why}`;
}

/** Throws AppError 'forbidden' unless the journey's status allows `action`. */
export function assertAllowed(
  journey: { name: string; status: JourneyStatus },
  action: LifecycleAction,
): void {
  if (!isAllowed(journey.status, action)) {
    throw new AppError('forbidden', refusalMessage(journey.name, journey.status, action), 'id');
  }
}
