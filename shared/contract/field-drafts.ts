import { z } from 'zod';
import { FieldDrafts } from '../model';

const JourneyRef = z.string().min(1, 'journeyId is required');

/** Values the editor refused, kept beside the journey until fixed (see model/field-draft.ts). */
export const fieldDraftChannels = {
  /** The journey's refused values of steps it still has (none: empty). */
  'journeys.fieldDrafts': {
    input: z.object({ journeyId: JourneyRef }).strict(),
    output: z.object({ drafts: FieldDrafts }),
  },
  /** Replaces the journey's refused values (empty: forgets them), also of steps not saved yet; returns them. */
  'journeys.saveFieldDrafts': {
    input: z.object({ journeyId: JourneyRef, drafts: FieldDrafts }).strict(),
    output: z.object({ drafts: FieldDrafts }),
  },
} as const;
