import { z } from 'zod';
import { DisplayName, Journey } from '../model';
import { TemplateMeta } from '../templates/types';

/** The templates gallery of "Create journey". */
export const templateChannels = {
  /** Every journey template (metadata only), in gallery order. */
  'templates.list': { input: z.object({}).strict(), output: z.array(TemplateMeta) },
  /** Creates a Draft from a template and saves the template's scenario beside it; returns the Draft. */
  'journeys.createFromTemplate': {
    input: z
      .object({
        templateId: z.string().min(1, 'templateId is required'),
        name: DisplayName,
        /** Defaults to the template's description. */
        description: z.string().max(1_000).optional(),
      })
      .strict(),
    output: Journey,
  },
} as const;
