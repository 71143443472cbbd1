import { z } from 'zod';

/** The library table's columns; Name is always shown. */
export const LibraryColumn = z.enum([
  'status',
  'type',
  'version',
  'description',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'publishedAt',
  'publishedBy',
  'remoteStatus',
]);
export type LibraryColumn = z.infer<typeof LibraryColumn>;

/** Remembered UI preferences (session state that outlives a restart, never part of a journey). */
export const UiSettings = z.object({
  schemaVersion: z.literal(1),
  /** Customize table: visible columns in display order; null means the default set. */
  libraryColumns: z.array(LibraryColumn).max(20).nullable().default(null),
  /** The first-run guided tour was finished or dismissed (absent: not yet). */
  tourDone: z.boolean().optional(),
});
export type UiSettings = z.infer<typeof UiSettings>;

/** Remembered UI preferences, persisted in the data directory. */
export const settingsChannels = {
  /** The remembered preferences (defaults when none were saved). */
  'settings.get': { input: z.object({}).strict(), output: UiSettings },
  /** Changes some preferences and returns them all. */
  'settings.set': {
    input: z
      .object({
        libraryColumns: z.array(LibraryColumn).max(20).nullable().optional(),
        tourDone: z.boolean().optional(),
      })
      .strict(),
    output: UiSettings,
  },
} as const;
