import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { migrateJourney } from '../../../electron/core/store/migrations';
import {
  chainFrom,
  CURRENT_VERSION,
  MIGRATIONS,
} from '../../../electron/core/store/migrations/index';
import { DocumentKind } from '../../../electron/core/store/migrations/types';
import { Journey, Workspace } from '../../../shared/model';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { useTempDirs } from '../../helpers/temp-dir';
import { call } from '../helpers/call';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const tempDir = useTempDirs();
const cores: Core[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
});

/** A copy of a fixture data directory, opened like the app opens it. */
async function openFixture(name: string): Promise<{ core: Core; dir: string }> {
  const dir = tempDir();
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  const core = await openCore({ dataDir: dir, mode: 'desktop', user: 'tester', empty: true });
  cores.push(core);
  return { core, dir };
}

describe('schema migrations', () => {
  it('has one step per version for every kind, from 0 up to the current version', () => {
    for (const kind of DocumentKind.options) {
      const chain = chainFrom(kind, 0);
      expect(chain.map((m) => m.from)).toEqual(
        Array.from({ length: CURRENT_VERSION[kind] }, (_, i) => i),
      );
    }
    const keys = MIGRATIONS.map((m) => `${m.kind}@${m.from}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('opens a data directory written by a pre-release version: journeys, workspace and settings load, nothing is set aside', async () => {
    const { core, dir } = await openFixture('v0');
    const before = readdirSync(join(dir, 'journeys')).sort();
    const list = await call(core, 'journeys.list', {});
    expect(list.map((j) => j.name).sort()).toEqual([
      'Buying group nurture – Analytics Platform',
      'Trial onboarding',
    ]);
    for (const summary of list) {
      const j = Journey.parse(await core.dispatch('journeys.get', { id: summary.id }));
      expect(j).toMatchObject({
        schemaVersion: 1,
        history: [],
        origin: null,
        scheduledStart: null,
      });
      expect(j.nodes.length).toBeGreaterThan(2);
    }
    const workspace = Workspace.parse(await core.dispatch('workspace.get', {}));
    expect(workspace).toMatchObject({ schemaVersion: 1, events: [], scoreNames: [] });
    expect(workspace.accountAttributes.length).toBeGreaterThan(0);
    const settings = await call(core, 'settings.get', {});
    expect(settings).toEqual({ schemaVersion: 1, libraryColumns: ['status', 'updatedAt'] });
    expect(core.context.store.quarantined()).toEqual([]);
    // Old files are migrated on read and rewritten only by the next save.
    expect(readdirSync(join(dir, 'journeys')).sort()).toEqual(before);
    const file = JSON.parse(
      readFileSync(join(dir, 'journeys', `${list[0].id}.json`), 'utf8'),
    ) as Record<string, unknown>;
    expect(file.schemaVersion).toBeUndefined();
  });

  it('saves a migrated journey in the current version and keeps the old file as its first backup', async () => {
    const { core, dir } = await openFixture('v0');
    const [summary] = await call(core, 'journeys.list', {});
    const j = await call(core, 'journeys.get', { id: summary.id });
    const body = {
      description: 'migrated and saved',
      nodes: j.nodes,
      edges: j.edges,
      content: j.content,
    };
    const saved = await call(core, 'journeys.save', {
      id: j.id,
      baseRevision: j.revision,
      body,
    });
    const file = JSON.parse(readFileSync(join(dir, 'journeys', `${j.id}.json`), 'utf8')) as Journey;
    expect(file).toMatchObject({
      schemaVersion: 1,
      revision: saved.revision,
      description: 'migrated and saved',
    });
    const backups = await call(core, 'journeys.backups', { id: j.id });
    expect(backups.map((b) => b.revision)).toEqual([j.revision]);
    const restored = await call(core, 'journeys.restore', {
      id: j.id,
      revision: j.revision,
    });
    expect(restored.description).toBe(j.description);
  });

  it('sets aside a journey from a newer version with a clear reason, and does not rewrite it', async () => {
    const { core, dir } = await openFixture('future');
    const snapshot = snapshotDir(join(FIXTURES, 'future', 'journeys'));
    expect(await core.dispatch('journeys.list', {})).toEqual([]);
    const [entry] = core.context.store.quarantined();
    expect(entry.reason).toBe(
      'written by a newer Journey Studio (journey schemaVersion 99; this version reads up to 1)',
    );
    const kept = readdirSync(join(dir, 'quarantine')).find((n) => n.endsWith(entry.file));
    expect(kept).toBeDefined();
    expect(readFileSync(join(dir, 'quarantine', kept!), 'base64')).toBe(Object.values(snapshot)[0]);
    expect(existsSync(join(dir, 'journeys', entry.file))).toBe(false);
  });

  it('leaves documents that are not objects to validation, and keeps a current document as it is', () => {
    expect(migrateJourney(null)).toBeNull();
    expect(migrateJourney([1])).toEqual([1]);
    const doc = { schemaVersion: 1, anything: true };
    expect(migrateJourney(doc)).toBe(doc);
  });
});
