import { z } from 'zod';
import { SimulationResult } from '../simulation';

/** Printable reports. */
export const reportChannels = {
  /** A self-contained HTML simulation report (picture, funnel, paths, messages, warnings) for a run of this journey. */
  'reports.simulation': {
    input: z
      .object({ journeyId: z.string().min(1, 'journeyId is required'), result: SimulationResult })
      .strict(),
    output: z.object({ html: z.string(), fileName: z.string() }),
  },
} as const;
