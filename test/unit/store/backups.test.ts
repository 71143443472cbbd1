import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { BACKUPS_KEPT } from '../../../electron/core/store/backups';
import type { Journey } from '../../../shared/model';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { useTempDirs } from '../../helpers/temp-dir';
import { call } from '../helpers/call';
import { addEntryAudiences, withEntrySource } from '../helpers/entry-audience';

const tempDir = useTempDirs();
const cores: Core[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
});

async function withJourney(saves: number): Promise<{ core: Core; dir: string; j: Journey }> {
  const dir = tempDir();
  const core = await openCore({ dataDir: dir, mode: 'cli', empty: true, user: 'tester' });
  cores.push(core);
  await addEntryAudiences(core.dispatch);
  let j = await call(core, 'journeys.create', {
    name: 'Backed up',
    audience: 'people',
  });
  for (let n = 0; n < saves; n += 1) {
    // The Entry gets an audience so the journey can be published later (an empty one blocks Publish).
    const nodes = j.nodes.map((n) => withEntrySource(n, j.audience));
    const body = { description: `save ${j.revision + 1}`, nodes, edges: j.edges, content: [] };
    j = await call(core, 'journeys.save', {
      id: j.id,
      baseRevision: j.revision,
      body,
    });
  }
  return { core, dir, j };
}

describe('rotating backups', () => {
  it(`keeps the previous file before each save, the last ${BACKUPS_KEPT} only`, async () => {
    const { core, dir, j } = await withJourney(14);
    expect(j.revision).toBe(15);
    const backups = await call(core, 'journeys.backups', { id: j.id });
    expect(backups.map((b) => b.revision)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
    expect(backups[0]).toMatchObject({
      savedBy: 'tester',
      name: 'Backed up',
      status: 'Draft',
      nodeCount: 2,
    });
    expect(readdirSync(join(dir, 'backups', j.id))).toHaveLength(BACKUPS_KEPT);
  });

  it('restores a kept revision as a new revision, which can itself be undone', async () => {
    const { core, j } = await withJourney(3);
    const restored = await call(core, 'journeys.restore', {
      id: j.id,
      revision: 2,
    });
    expect(restored).toMatchObject({ revision: 5, description: 'save 2', status: 'Draft' });
    const backups = await call(core, 'journeys.backups', { id: j.id });
    expect(backups[0].revision).toBe(4);
    const undone = await call(core, 'journeys.restore', { id: j.id, revision: 4 });
    expect(undone.description).toBe('save 4');
  });

  it('refuses to restore a revision that is not kept, the current one, or into a journey that is not a Draft, changing nothing', async () => {
    const { core, dir, j } = await withJourney(2);
    await core.close();
    const before = snapshotDir(dir);
    await expect(
      core.dispatch('journeys.restore', { id: j.id, revision: 3 }),
    ).rejects.toMatchObject({ code: 'not_found', field: 'revision' });
    await expect(
      core.dispatch('journeys.restore', { id: 'nope', revision: 1 }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      core.dispatch('journeys.restore', { id: j.id, revision: 0 }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(core.dispatch('journeys.backups', { id: 'nope' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await core.close();
    expect(snapshotDir(dir)).toEqual(before);
    await core.dispatch('journeys.publish', { id: j.id });
    await expect(
      core.dispatch('journeys.restore', { id: j.id, revision: 1 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('removes the backups of a journey that is deleted permanently', async () => {
    const { core, dir, j } = await withJourney(2);
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual([j.id, 'workspace.json']);
    await core.dispatch('journeys.delete', { id: j.id });
    expect(readdirSync(join(dir, 'backups'))).toEqual(['workspace.json']); // the workspace's last good copy stays
  });
});
