import { SCHEMA_VERSION } from '../../../shared/model';

/** One step: turns a document of `from` into one of `from + 1`. */
type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. Version 0 is a pre-release shape without
 * `schemaVersion`, `history` or `origin`.
 */
const journeyMigrations: Record<number, Migration> = {
  0: (doc) => ({ history: [], origin: null, scheduledStart: null, ...doc, schemaVersion: 1 }),
};

/** Brings a raw journey document up to the current schema version; newer versions are left to fail validation. */
export function migrateJourney(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let doc = raw as Record<string, unknown>;
  let version = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 0;
  while (version < SCHEMA_VERSION && journeyMigrations[version]) {
    doc = journeyMigrations[version](doc);
    version += 1;
  }
  return doc;
}
