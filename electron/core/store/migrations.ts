import { migrateDocument } from './migrations/index';

/** Brings a raw journey document up to the current schema version (see migrations/). */
export function migrateJourney(raw: unknown): unknown {
  return migrateDocument('journey', raw);
}

/** Brings a raw workspace document up to the current schema version. */
export function migrateWorkspace(raw: unknown): unknown {
  return migrateDocument('workspace', raw);
}

/** Brings a raw UI settings document up to the current schema version. */
export function migrateSettings(raw: unknown): unknown {
  return migrateDocument('settings', raw);
}
