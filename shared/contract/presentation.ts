import { z } from 'zod';

const JourneyRef = z.string().min(1, 'journeyId is required');

/** Speaker notes by node id; kept beside the journey so the node schema stays as it is. */
export const SpeakerNotes = z.record(z.string().min(1), z.string().max(5_000));
export type SpeakerNotes = z.infer<typeof SpeakerNotes>;

/** The file `presentations/<journeyId>.json`. */
export const PresentationFile = z.object({
  schemaVersion: z.literal(1),
  journeyId: z.string().min(1),
  notes: SpeakerNotes,
});
export type PresentationFile = z.infer<typeof PresentationFile>;

/** Presentation mode: speaker notes per node. */
export const presentationChannels = {
  /** A journey's speaker notes (none yet: empty). */
  'presentation.get': {
    input: z.object({ journeyId: JourneyRef }).strict(),
    output: z.object({ notes: SpeakerNotes }),
  },
  /** Replaces a journey's speaker notes; empty notes are dropped. */
  'presentation.save': {
    input: z.object({ journeyId: JourneyRef, notes: SpeakerNotes }).strict(),
    output: z.object({ notes: SpeakerNotes }),
  },
} as const;
