import { z } from 'zod';
import { DuplicateType } from '../lifecycle/duplicate';
import { LifecycleProblem } from '../lifecycle/problem';
import { DisplayName, IsoDateTime, Journey, JourneyStatus, JourneySummary } from '../model';

const JourneyId = z.object({ id: z.string().min(1, 'id is required') }).strict();

/** A step in another journey that sends profiles into this one. */
export const IncomingReference = z.object({
  journeyId: z.string(),
  journeyName: z.string(),
  status: JourneyStatus,
  nodeId: z.string(),
  nodeName: z.string(),
  actionLabel: z.string(),
});
export type IncomingReference = z.infer<typeof IncomingReference>;

/** The journey lifecycle (seed 002): publish, close, abort, finish, duplicate, delete, versions. */
export const lifecycleChannels = {
  /**
   * What Publish would find: errors block it, warnings do not; `replaces` is the Live version of
   * the same journey that publishing closes to new entries (soft stop), if any.
   */
  'journeys.publishCheck': {
    input: JourneyId,
    output: z.object({
      problems: z.array(LifecycleProblem),
      replaces: z.object({ id: z.string(), version: z.number().int() }).nullable(),
    }),
  },
  /** Draft -> Live, or -> Scheduled with a future `scheduledStart`; refused with the problem list when there are errors. */
  'journeys.publish': {
    input: z
      .object({ id: z.string().min(1), scheduledStart: IsoDateTime.nullable().default(null) })
      .strict(),
    output: Journey,
  },
  /** Live -> Closed to new entries. */
  'journeys.closeToNewEntries': { input: JourneyId, output: Journey },
  /** Live, Scheduled or Closed to new entries -> Aborted (cannot be restarted). */
  'journeys.abort': { input: JourneyId, output: Journey },
  /** Closed to new entries -> Finished, when no one is left in it (simulator hook later). */
  'journeys.finish': { input: JourneyId, output: Journey },
  /** Duplicate Journey dialog: a new Draft, Partial content duplication or Duplicate without details. */
  'journeys.duplicate': {
    input: z
      .object({
        id: z.string().min(1),
        name: DisplayName,
        description: z.string().max(1_000).default(''),
        type: DuplicateType,
      })
      .strict(),
    output: Journey,
  },
  /** Deletes a journey permanently; refused for Live and Scheduled. */
  'journeys.delete': { input: JourneyId, output: z.object({ id: z.string() }) },
  /** A Draft copy of a Live journey in the same lineage, numbered as the next version. */
  'journeys.createVersion': { input: JourneyId, output: Journey },
  /** Every version of a lineage, oldest first. */
  'journeys.versions': {
    input: z.object({ lineageId: z.string().min(1) }).strict(),
    output: z.array(JourneySummary),
  },
  /** Steps in other journeys that add profiles to this one (blocked once it is closed or aborted). */
  'journeys.referencedBy': { input: JourneyId, output: z.array(IncomingReference) },
} as const;
