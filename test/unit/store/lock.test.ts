import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { dataPaths } from '../../../electron/core/store/data-dir';
import { acquireDataDirLock, LockInfo } from '../../../electron/core/store/lock';
import { runCli } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const cores: Core[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
});

async function serveLike(dir: string): Promise<Core> {
  const core = await openCore({ dataDir: dir, mode: 'browser', empty: true });
  cores.push(core);
  return core;
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  expect(child.status).toBe(0);
  return child.pid;
}

describe('data directory lock', () => {
  it('refuses a second core in this process while the first holds the directory', async () => {
    const dir = tempDir();
    await serveLike(dir);
    await expect(openCore({ dataDir: dir, mode: 'desktop', empty: true })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(new RegExp(`^Journey Studio is already running on this data directory \\(pid ${process.pid}`)),
    });
  });

  it('refuses a CLI call from another process with a clear message, and lets it run once the holder closes', async () => {
    const dir = tempDir();
    const core = await serveLike(dir);
    const refused = runCli(['call', 'journeys.list', '--data-dir', dir]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Journey Studio is already running on this data directory (pid ${process.pid}, browser`);
    await core.close();
    const ok = runCli(['call', 'journeys.list', '--data-dir', dir]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(existsSync(dataPaths(dir).lock)).toBe(false);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = tempDir();
    await serveLike(dir);
    await cores.pop()!.close();
    const lockPath = dataPaths(dir).lock;
    const stale: LockInfo = { pid: deadPid(), host: hostname(), startedAt: '2020-01-01T00:00:00.000Z', procStart: '1', mode: 'desktop' };
    writeFileSync(lockPath, JSON.stringify(stale));
    await serveLike(dir);
    expect(LockInfo.parse(JSON.parse(readFileSync(lockPath, 'utf8'))).pid).toBe(process.pid);
  });

  it('takes over a damaged lock file, and releases only its own lock', () => {
    const dir = tempDir();
    const path = join(dir, 'journey-studio.lock');
    writeFileSync(path, 'garbage');
    const lock = acquireDataDirLock(path, dir, 'cli');
    expect(() => acquireDataDirLock(path, dir, 'cli')).toThrow(/already running/);
    lock.release();
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('never steals a lock held from another machine (a shared folder)', () => {
    const dir = tempDir();
    const path = join(dir, 'journey-studio.lock');
    writeFileSync(path, JSON.stringify({ pid: 1, host: `not-${hostname()}`, startedAt: 'x', procStart: null, mode: 'desktop' }));
    expect(() => acquireDataDirLock(path, dir, 'cli')).toThrow(/already running on this data directory \(pid 1, desktop/);
  });
});
