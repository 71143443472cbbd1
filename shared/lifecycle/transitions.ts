import { AppError } from '../errors';
import type { Journey } from '../model';
import { withStatus, type Actor } from './history';
import { assertAllowed } from './status-rules';

/**
 * Publish: Draft -> Live, or -> Scheduled when `scheduledStart` is in the future.
 * A start in the past is refused rather than silently published now.
 */
export function publish(
  journey: Journey,
  actor: Actor,
  scheduledStart: string | null = null,
): Journey {
  assertAllowed(journey, 'Publish');
  const stamped = { ...journey, publishedBy: actor.by, publishedAt: actor.at.toISOString() };
  if (scheduledStart === null)
    return withStatus({ ...stamped, scheduledStart: null }, actor, 'Publish', 'Live');
  if (Date.parse(scheduledStart) <= actor.at.getTime()) {
    throw new AppError(
      'invalid_input',
      `The scheduled start ${scheduledStart} is not in the future; leave it empty to publish now.`,
      'scheduledStart',
    );
  }
  return withStatus(
    { ...stamped, scheduledStart },
    actor,
    'Publish',
    'Scheduled',
    `Starts ${scheduledStart}`,
  );
}

/** Whether a Scheduled journey's start has come. */
export function isStartDue(
  journey: { status: Journey['status']; scheduledStart: string | null },
  now: Date,
): boolean {
  return (
    journey.status === 'Scheduled' &&
    journey.scheduledStart !== null &&
    Date.parse(journey.scheduledStart) <= now.getTime()
  );
}

/** Scheduled -> Live once its start time has passed (unchanged otherwise). */
export function startIfDue(journey: Journey, actor: Actor): Journey {
  if (!isStartDue(journey, actor.at)) return journey;
  return withStatus(
    journey,
    actor,
    'Start',
    'Live',
    `Scheduled start ${journey.scheduledStart} reached`,
  );
}

/** Live -> Closed to new entries: people inside finish their path; nobody new enters. */
export function closeToNewEntries(journey: Journey, actor: Actor, note?: string): Journey {
  assertAllowed(journey, 'Close to new entries');
  return withStatus(journey, actor, 'Close to new entries', 'Closed to new entries', note);
}

/** Live, Scheduled or Closed -> Aborted: everyone stops at once; cannot be restarted. */
export function abort(journey: Journey, actor: Actor): Journey {
  assertAllowed(journey, 'Abort');
  return withStatus(journey, actor, 'Abort', 'Aborted');
}

/** Closed to new entries -> Finished, once no one is left in it. */
export function finish(journey: Journey, actor: Actor): Journey {
  assertAllowed(journey, 'Finish');
  return withStatus(journey, actor, 'Finish', 'Finished', 'No one is left in the journey');
}

/** Soft stop of the version a newly live version replaces: Live -> Closed to new entries. */
export function softStop(previous: Journey, actor: Actor, replacedBy: Journey): Journey {
  if (previous.status !== 'Live') return previous;
  return closeToNewEntries(previous, actor, `Soft stop: replaced by version ${replacedBy.version}`);
}
