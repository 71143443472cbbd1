import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import type { Core } from '../../../electron/core/core';
import type { PushStatus } from '../../../shared/contract/remotes';
import { useTempDirs } from '../../helpers/temp-dir';
import { coreWith, emptyCore } from '../bundles/fixtures';
import { postgresAvailable } from '../../helpers/postgres';
import { usePostgres } from './backends';
import { liveBackends } from './remote-process';
import { call } from '../helpers/call';

const tempDir = useTempDirs();
const live = liveBackends(tempDir, postgresAvailable() ? usePostgres() : null);

async function pushed(core: Core, start: PushStatus): Promise<PushStatus> {
  const seen = [start.fraction];
  for (;;) {
    const status = await call(core, 'remotes.pushStatus', { pushId: start.pushId });
    seen.push(status.fraction);
    if (status.state !== 'running') return { ...status, fraction: Math.max(...seen) };
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(live)('remote channels against a live $name', (backend) => {
  it('adds a remote (token masked), tests it, pushes with progress, reports status, previews and pulls', async () => {
    const { remote, token } = await backend.start();
    const { core, journeys } = await coreWith(tempDir(), 2);

    const added = await call(core, 'remotes.add', {
      name: 'staging',
      url: `${remote.base}/`,
      token,
    });
    expect(added).toMatchObject({
      name: 'staging',
      url: remote.base,
      tokenHint: `••••${token.slice(-4)}`,
    });
    const listed = await call(core, 'remotes.list', {});
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(await call(core, 'remotes.test', { name: 'staging' })).toMatchObject({
      ok: true,
      apiVersion: 1,
    });

    const before = await call(core, 'remotes.status', { name: 'staging' });
    expect(before.journeys.map((j) => j.remote)).toEqual(['not on remote', 'not on remote']);
    const done = await pushed(
      core,
      await call(core, 'remotes.push', { name: 'staging', ids: [journeys[0].id] }),
    );
    expect(done).toMatchObject({
      state: 'done',
      phase: 'finished',
      fraction: 1,
      count: 1,
      error: null,
    });
    expect(done.summary?.created).toEqual([journeys[0].id]);
    const after = await call(core, 'remotes.status', { name: 'staging' });
    expect(
      Object.fromEntries(after.journeys.map((j) => [j.id, `${j.remote}/${j.remoteStatus}`])),
    ).toEqual({
      [journeys[0].id]: 'same/Live',
      [journeys[1].id]: 'not on remote/null',
    });

    const third = await emptyCore(tempDir());
    await call(third, 'remotes.add', { name: 'staging', url: remote.base, token });
    expect((await call(third, 'remotes.journeys', { name: 'staging' })).map((j) => j.id)).toEqual([
      journeys[0].id,
    ]);
    const preview = await call(third, 'remotes.pullPreview', {
      name: 'staging',
      ids: [],
    });
    expect(preview.counts.new).toBe(1);
    const summary = await call(third, 'remotes.pull', {
      name: 'staging',
      ids: [journeys[0].id],
      policy: 'skip',
    });
    expect(summary.created).toEqual([journeys[0].id]);

    await call(core, 'remotes.add', { name: 'wrong', url: remote.base, token: 'jsr_nope_nope' });
    const refused = await call(core, 'remotes.test', { name: 'wrong' });
    expect(refused).toMatchObject({ ok: false, apiVersion: null });
    expect(refused.message).toMatch(/Remote "wrong" refused the token/);
    const failed = await pushed(core, await call(core, 'remotes.push', { name: 'wrong', ids: [] }));
    expect(failed).toMatchObject({ state: 'failed' });
    expect(failed.error).toMatch(/refused the token/);
    await call(core, 'remotes.remove', { name: 'wrong' });
    expect((await call(core, 'remotes.list', {})).map((r) => r.name)).toEqual(['staging']);
    await remote.stop();
    await core.close();
    await third.close();
  }, 120_000);
});

describe('bundle files', () => {
  it('refuses bundle file paths outside the desktop app', async () => {
    const core = await emptyCore(tempDir());
    await expect(call(core, 'bundles.readFile', { path: '/tmp/x.journeys.zip' })).rejects.toThrow(
      /only in the desktop app/,
    );
    await expect(
      call(core, 'bundles.exportToFile', { ids: ['a'], path: 'x.journeys.zip' }),
    ).rejects.toThrow(/only in the desktop app/);
    await core.close();
  });

  it('in the desktop app, writes and reads a bundle by absolute path and refuses relative ones', async () => {
    const dir = tempDir();
    const { core: seeded, journeys } = await coreWith(dir, 1);
    await seeded.close();
    const core = await openCore({ dataDir: dir, mode: 'desktop', lock: false, user: 'tester' });
    const path = join(tempDir(), 'out.journeys.zip');
    await expect(
      call(core, 'bundles.exportToFile', { ids: [journeys[0].id], path: 'out.journeys.zip' }),
    ).rejects.toThrow(/not an absolute path/);
    expect(await call(core, 'bundles.exportToFile', { ids: [journeys[0].id], path })).toMatchObject(
      { path, count: 1 },
    );
    const read = await call(core, 'bundles.readFile', {
      path,
    });
    expect(read.fileName).toBe('out.journeys.zip');
    expect((await call(core, 'bundles.preview', { base64: read.base64 })).counts.identical).toBe(1);
    await expect(
      call(core, 'bundles.readFile', { path: join(dir, 'workspace.json') }),
    ).rejects.toThrow(/not a \.journeys\.zip bundle/);
    await core.close();
  });
});
