import type { Migration } from './types';

/** Pre-release journeys (no `schemaVersion`) had no lifecycle history, bundle origin or scheduled start. */
export const journeyHistoryOrigin: Migration = {
  kind: 'journey',
  from: 0,
  summary: 'adds schemaVersion, history, origin and scheduledStart',
  up: (doc) => ({ history: [], origin: null, scheduledStart: null, ...doc, schemaVersion: 1 }),
};
