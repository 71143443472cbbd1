import { z } from 'zod';

/** Version of every persisted document's shape; bump it and add a migration together. */
export const SCHEMA_VERSION = 1;

export const IsoDateTime = z.iso.datetime({ offset: true });

/** A trimmed display name of 1–100 characters (journeys, nodes, paths). */
export const DisplayName = z
  .string()
  .trim()
  .min(1, 'Name is required')
  .max(100, 'Name must be at most 100 characters');

export const Audience = z.enum(['account', 'people']);
export type Audience = z.infer<typeof Audience>;

/** Statuses exactly as the account-journeys seed names them (plus Scheduled). */
export const JourneyStatus = z.enum([
  'Draft',
  'Scheduled',
  'Live',
  'Closed to new entries',
  'Aborted',
  'Finished',
]);
export type JourneyStatus = z.infer<typeof JourneyStatus>;

export const Position = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Position = z.infer<typeof Position>;
