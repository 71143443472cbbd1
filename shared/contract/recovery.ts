import { z } from 'zod';
import { IsoDateTime, Journey, JourneyStatus } from '../model';

/** One kept earlier revision of a journey (rotating backups, newest first). */
export const JourneyBackup = z.object({
  revision: z.number().int().min(1),
  savedAt: IsoDateTime,
  savedBy: z.string(),
  name: z.string(),
  status: JourneyStatus,
  nodeCount: z.number().int().min(0),
});
export type JourneyBackup = z.infer<typeof JourneyBackup>;

/** Recovery: the backups kept before each save, and restoring one of them. */
export const recoveryChannels = {
  /** The last saved revisions kept for a journey (up to 10), newest first. */
  'journeys.backups': {
    input: z.object({ id: z.string().min(1) }).strict(),
    output: z.array(JourneyBackup),
  },
  /**
   * Restores a kept revision's content (description, steps, links, content) into a Draft as a new
   * revision; the replaced revision is itself kept, so a restore can be undone the same way.
   */
  'journeys.restore': {
    input: z.object({ id: z.string().min(1), revision: z.number().int().min(1) }).strict(),
    output: Journey,
  },
} as const;
