import { fillEntry } from '../helpers/entry-audience';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { dataPaths } from '../../../electron/core/store/data-dir';
import { JourneyStore } from '../../../electron/core/store/journey-store';
import { AppError } from '../../../shared/errors';
import type { Journey } from '../../../shared/model';
import { useTempDirs } from '../../helpers/temp-dir';
import { call } from '../helpers/call';

const tempDir = useTempDirs();

const opened: { close: () => Promise<void> }[] = [];
// Registered after useTempDirs, so it runs first: cores flush before their folders go.
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close();
});

async function coreIn(dir: string, empty = true) {
  const core = await openCore({ dataDir: dir, mode: 'cli', empty, user: 'tester' });
  opened.push(core);
  return core;
}

describe('journey store', () => {
  it('creates a journey and reads it back after reopening from disk', async () => {
    const dir = tempDir();
    const core = await coreIn(dir);
    const created = await call(core, 'journeys.create', {
      name: 'Welcome',
      audience: 'people',
    });
    await core.close();

    const reopened = await coreIn(dir);
    const list = await call(reopened, 'journeys.list', {});
    expect(list.map((j) => j.name)).toEqual(['Welcome']);
    const loaded = await call(reopened, 'journeys.get', { id: created.id });
    expect(loaded).toEqual(created);
    expect(loaded.createdBy).toBe('tester');
    expect(loaded.status).toBe('Draft');
  });

  it('refuses a save that started from a stale revision and keeps the newer one', async () => {
    const core = await coreIn(tempDir());
    const j = await call(core, 'journeys.create', {
      name: 'Conflicts',
      audience: 'account',
    });
    const body = { description: 'first', nodes: j.nodes, edges: j.edges, content: [] };
    const saved = await call(core, 'journeys.save', {
      id: j.id,
      baseRevision: 1,
      body,
    });
    expect(saved.revision).toBe(2);

    const stale = core.dispatch('journeys.save', {
      id: j.id,
      baseRevision: 1,
      body: { ...body, description: 'second' },
    });
    await expect(stale).rejects.toMatchObject({ code: 'conflict', field: 'baseRevision' });
    const current = await call(core, 'journeys.get', { id: j.id });
    expect(current.description).toBe('first');
    expect(current.revision).toBe(2);
  });

  it('quarantines a corrupt file and a schema-invalid file, reports them, and still loads the rest', async () => {
    const dir = tempDir();
    const core = await coreIn(dir);
    const keep = await call(core, 'journeys.create', {
      name: 'Keep me',
      audience: 'people',
    });
    const broken = await call(core, 'journeys.create', {
      name: 'Broken',
      audience: 'people',
    });
    const invalid = await call(core, 'journeys.create', {
      name: 'Invalid',
      audience: 'people',
    });
    await core.close();

    const paths = dataPaths(dir);
    writeFileSync(join(paths.journeys, `${broken.id}.json`), '{"truncated": ');
    const doc = JSON.parse(readFileSync(join(paths.journeys, `${invalid.id}.json`), 'utf8'));
    writeFileSync(
      join(paths.journeys, `${invalid.id}.json`),
      JSON.stringify({ ...doc, status: 'Sleeping' }),
    );

    const reopened = await coreIn(dir);
    const list = await call(reopened, 'journeys.list', {});
    expect(list.map((j) => j.id)).toEqual([keep.id]);
    const info = await call(reopened, 'app.info', {});
    const files = info.quarantined.map((q) => q.file).sort();
    expect(files).toEqual([`${broken.id}.json`, `${invalid.id}.json`].sort());
    expect(info.quarantined.find((q) => q.file === `${broken.id}.json`)?.reason).toMatch(
      /not valid JSON/,
    );
    expect(info.quarantined.find((q) => q.file === `${invalid.id}.json`)?.reason).toMatch(/status/);
    expect(readdirSync(paths.quarantine).some((f) => f.endsWith(`${broken.id}.json`))).toBe(true);
  });

  it('rebuilds a missing or stale index from the journey files', async () => {
    const dir = tempDir();
    const core = await coreIn(dir);
    await core.dispatch('journeys.create', { name: 'One', audience: 'people' });
    await core.dispatch('journeys.create', { name: 'Two', audience: 'account' });
    await core.close();
    const paths = dataPaths(dir);
    writeFileSync(paths.index, '{"schemaVersion":1,"entries":[]}');
    const store = await JourneyStore.open(paths);
    expect(
      store
        .list()
        .map((s) => s.name)
        .sort(),
    ).toEqual(['One', 'Two']);
    await store.flush();
  });

  it('refuses invalid input naming the field and writes nothing', async () => {
    const dir = tempDir();
    const core = await coreIn(dir);
    await expect(
      core.dispatch('journeys.create', { name: 'x'.repeat(101), audience: 'people' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'name',
    });
    await expect(
      core.dispatch('journeys.create', { name: 'Ok', audience: 'robots' }),
    ).rejects.toBeInstanceOf(AppError);
    await core.close();
    expect(readdirSync(dataPaths(dir).journeys)).toEqual([]);
  });

  it('seeds a demo workspace with three sample journeys on first start, and none with --empty', async () => {
    const demo = await coreIn(tempDir(), false);
    const names = (await call(demo, 'journeys.list', {})).map((j) => j.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Trial onboarding',
        'Lead nurturing after form submission',
        'Buying group nurture – Analytics Platform',
      ]),
    );
    const ws = await call(demo, 'workspace.get', {});
    expect(ws.accountLists.length).toBeGreaterThan(0);
    const emptyDir = tempDir();
    const empty = await coreIn(emptyDir, true);
    expect((await call(empty, 'journeys.list', {})).length).toBe(0);
    expect(existsSync(join(emptyDir, 'workspace.json'))).toBe(true);
    await demo.close();
    await empty.close();
  });

  it('leaves no temp files behind after writes', async () => {
    const dir = tempDir();
    const core = await coreIn(dir);
    const j = await call(core, 'journeys.create', {
      name: 'Tidy',
      audience: 'people',
    });
    await core.dispatch('journeys.rename', { id: j.id, name: 'Tidier' });
    await core.close();
    const leftovers = readdirSync(dataPaths(dir).journeys).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });
});

describe('renaming', () => {
  it('renames a Draft version only: the Live version keeps its name, and a version may take its lineage name back', async () => {
    const core = await coreIn(tempDir());
    const v1 = await fillEntry(
      (c, i) => core.dispatch(c, i),
      await call(core, 'journeys.create', { name: 'Nurture', audience: 'people' }),
    );
    await core.dispatch('journeys.create', { name: 'Other', audience: 'people' });
    await core.dispatch('journeys.publish', { id: v1.id });
    const v2 = await call(core, 'journeys.createVersion', { id: v1.id });
    await core.dispatch('journeys.rename', { id: v2.id, name: 'Nurture 2027' });
    expect((await call(core, 'journeys.get', { id: v2.id })).name).toBe('Nurture 2027');
    // Seed 002: a Live journey is no longer editable, its name included.
    expect((await call(core, 'journeys.get', { id: v1.id })).name).toBe('Nurture');
    await core.dispatch('journeys.rename', { id: v2.id, name: 'Nurture' });
    await expect(
      core.dispatch('journeys.rename', { id: v2.id, name: 'other' }),
    ).rejects.toMatchObject({ code: 'conflict', field: 'name' });
  });

  it('refuses to rename a Live journey, naming the field, and changes nothing', async () => {
    const core = await coreIn(tempDir());
    const draft = await fillEntry(
      (c, i) => core.dispatch(c, i),
      await call(core, 'journeys.create', { name: 'Onboarding', audience: 'account' }),
    );
    const live = await call(core, 'journeys.publish', { id: draft.id });
    expect(live.status).toBe('Live');
    await expect(
      core.dispatch('journeys.rename', { id: live.id, name: 'Onboarding 2' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      field: 'name',
      message: expect.stringMatching(/^name: cannot rename "Onboarding"\. .*Live.*not editable/),
    });
    const after = await call(core, 'journeys.get', { id: live.id });
    expect(after.name).toBe('Onboarding');
    expect(after.revision).toBe(live.revision);
    // Every status past Draft keeps its name too.
    const closed = await call(core, 'journeys.closeToNewEntries', { id: live.id });
    await expect(
      core.dispatch('journeys.rename', { id: closed.id, name: 'Onboarding 2' }),
    ).rejects.toMatchObject({ code: 'forbidden', field: 'name' });
  });
});

describe('createMany', () => {
  it('writes every journey, or none when one clashes with an existing id', async () => {
    const dir = tempDir();
    const core = await coreIn(dir);
    const made = (await Promise.all(
      ['A', 'B', 'C'].map((n) => core.dispatch('journeys.create', { name: n, audience: 'people' })),
    )) as Journey[];
    const fresh = made.map((j, i) => ({ ...j, id: `copy-${i}`, name: `Copy ${i}` }));
    await core.context.store.createMany(fresh, 2);
    expect(core.context.store.list()).toHaveLength(6);
    const clash = [{ ...made[0], id: 'new-1', name: 'New 1' }, made[1]];
    await expect(core.context.store.createMany(clash)).rejects.toMatchObject({ code: 'conflict' });
    expect(core.context.store.has('new-1')).toBe(false);
    expect(readdirSync(dataPaths(dir).journeys)).toHaveLength(6);
  });
});
