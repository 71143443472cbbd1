import type { Migration } from './types';

/** Pre-release workspaces (no `schemaVersion`) had no event or score-name lists. */
export const workspaceEventsScores: Migration = {
  kind: 'workspace',
  from: 0,
  summary: 'adds schemaVersion, events and scoreNames',
  up: (doc) => ({ events: [], scoreNames: [], ...doc, schemaVersion: 1 }),
};
