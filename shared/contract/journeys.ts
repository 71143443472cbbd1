import { z } from 'zod';
import { Audience, DisplayName, Journey, JourneyBody, JourneySummary } from '../model';

const JourneyId = z.object({ id: z.string().min(1, 'id is required') });

/** Journey documents: list, read, create, save and rename. */
export const journeyChannels = {
  /** Every journey's summary, as the library table shows it. */
  'journeys.list': { input: z.object({}).strict(), output: z.array(JourneySummary) },
  /** One whole journey document. */
  'journeys.get': { input: JourneyId.strict(), output: Journey },
  /** A new Draft journey with an Entry and an Exit. */
  'journeys.create': {
    input: z
      .object({
        name: DisplayName,
        description: z.string().max(1_000).default(''),
        audience: Audience,
      })
      .strict(),
    output: Journey,
  },
  /** Saves a Draft's body; `baseRevision` must be the current revision or it is a conflict. */
  'journeys.save': {
    input: z
      .object({
        id: z.string().min(1),
        baseRevision: z.number().int().min(1),
        body: JourneyBody,
      })
      .strict(),
    output: Journey,
  },
  /** Renames a journey; names are unique in the workspace. */
  'journeys.rename': {
    input: z.object({ id: z.string().min(1), name: DisplayName }).strict(),
    output: Journey,
  },
} as const;
