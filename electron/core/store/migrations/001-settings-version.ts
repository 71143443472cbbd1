import type { Migration } from './types';

/** Pre-release UI settings had no `schemaVersion`; the fields are unchanged. */
export const settingsVersion: Migration = {
  kind: 'settings',
  from: 0,
  summary: 'adds schemaVersion',
  up: (doc) => ({ ...doc, schemaVersion: 1 }),
};
