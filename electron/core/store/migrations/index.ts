import { SCHEMA_VERSION } from '../../../../shared/model';
import { journeyHistoryOrigin } from './001-journey-history-origin';
import { settingsVersion } from './001-settings-version';
import { workspaceEventsScores } from './001-workspace-events-scores';
import { MigrationError, type DocumentKind, type Migration, type RawDocument } from './types';

export { MigrationError, type DocumentKind, type Migration } from './types';

/** Every migration, one file each; add the next one here when a schema version is bumped. */
export const MIGRATIONS: readonly Migration[] = [
  journeyHistoryOrigin,
  workspaceEventsScores,
  settingsVersion,
];

/** The version each kind of document is written in by this app. */
export const CURRENT_VERSION: Record<DocumentKind, number> = {
  journey: SCHEMA_VERSION,
  workspace: SCHEMA_VERSION,
  settings: 1,
};

/** The chain of one kind from `version` up to the current version; a gap is a bug, so it throws. */
export function chainFrom(kind: DocumentKind, version: number): Migration[] {
  const steps: Migration[] = [];
  for (let v = version; v < CURRENT_VERSION[kind]; v += 1) {
    const step = MIGRATIONS.find((m) => m.kind === kind && m.from === v);
    if (!step)
      throw new MigrationError(`no migration of ${kind} documents from schemaVersion ${v}`);
    steps.push(step);
  }
  return steps;
}

/**
 * Brings a raw document up to the current version. A document from a newer app is refused with
 * a clear reason (it is set aside, not rewritten, so the newer app can still read it).
 * Non-objects are returned as they are, to fail validation with the usual message.
 */
export function migrateDocument(kind: DocumentKind, raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const doc = raw as RawDocument;
  const version = doc.schemaVersion === undefined ? 0 : doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return raw;
  if (version > CURRENT_VERSION[kind]) {
    throw new MigrationError(
      `written by a newer Journey Studio (${kind} schemaVersion ${version}; this version reads up to ${CURRENT_VERSION[kind]})`,
    );
  }
  return chainFrom(kind, version).reduce((d, step) => step.up(d), doc);
}
