import { z } from 'zod';
import { RunSettings, SimulationResult } from '../simulation';

/** Printable reports. */
export const reportChannels = {
  /** A self-contained HTML simulation report (picture, funnel, paths, messages, warnings) for a run of this journey. */
  'reports.simulation': {
    input: z
      .object({
        journeyId: z.string().min(1, 'journeyId is required'),
        result: SimulationResult,
        /** The settings the result was run with (listed, and said when not saved). */
        run: RunSettings.optional(),
      })
      .strict(),
    output: z.object({ html: z.string(), fileName: z.string() }),
  },
} as const;
