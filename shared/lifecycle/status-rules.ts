import { z } from 'zod';
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
 * journey, Finish (a closed journey nobody is left in), and Scheduled behaving like Live
 * (it cannot be deleted; it can be aborted).
 */
export const ALLOWED_ACTIONS: Record<JourneyStatus, readonly LifecycleAction[]> = {
  Draft: ['Publish', 'Duplicate', 'Delete'],
  Scheduled: ['Duplicate', 'Abort'],
  Live: ['Duplicate', 'Close to new entries', 'Abort', 'Create new version'],
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

/** Why a journey of this status opens read-only, for the canvas banner. */
export function readOnlyReason(status: JourneyStatus): string | null {
  switch (status) {
    case 'Draft':
      return null;
    case 'Live':
      return 'This journey is Live and no longer editable. Create a new version to change it.';
    case 'Scheduled':
      return 'This journey is Scheduled to start and is no longer editable.';
    case 'Closed to new entries':
      return 'This journey is Closed to new entries: accounts already in it finish their path; it cannot be edited.';
    case 'Aborted':
      return 'This journey was Aborted and cannot be restarted or edited. Duplicate it to reuse the flow.';
    case 'Finished':
      return 'This journey is Finished and cannot be edited. Duplicate it to reuse the flow.';
  }
}
