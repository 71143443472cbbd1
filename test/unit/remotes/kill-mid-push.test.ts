import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/core/bundles/export';
import { RemoteClient } from '../../../electron/core/remotes/remote-client';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { useTempDirs } from '../../helpers/temp-dir';
import { coreWith, emptyCore, PINNED } from '../bundles/fixtures';
import { createRemoteToken, startRemote, type RemoteProcess } from './remote-process';

const tempDir = useTempDirs();

/** Everything in the remote's data dir but the rebuildable index and the lock (it names the pid). */
function stateOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(snapshotDir(dir)).filter(
      ([path]) => path !== 'index.json' && path !== 'journey-studio.lock',
    ),
  );
}

async function bigBundle(count: number): Promise<Uint8Array> {
  const { core, journeys } = await coreWith(tempDir(), count);
  const { bytes } = await exportBundle(core.context, {
    ids: journeys.map((j) => j.id),
    includeVersions: false,
    createdAt: PINNED,
  });
  await core.close();
  return bytes;
}

/** Bytes the process has read so far (Linux /proc/<pid>/io: files and sockets alike). */
function bytesRead(pid: number): number {
  return Number(/rchar: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? 0);
}

/** Resolves once `check` holds, polling; fails after a minute (a loaded machine is slow, not stuck). */
function until(check: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (check()) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > 60_000) {
        clearInterval(poll);
        reject(new Error(`timed out waiting until ${what}`));
      }
    }, 5);
  });
}

function killed(remote: RemoteProcess): Promise<void> {
  return new Promise((done) => {
    remote.child.once('exit', () => done());
    remote.child.kill('SIGKILL');
  });
}

/** A remote with one journey of its own, stopped and started again so its files have settled. */
async function preparedRemote() {
  const dir = tempDir();
  const { token } = createRemoteToken(dir);
  const seeded = await emptyCore(dir);
  await seeded.close();
  return { dir, token };
}

describe('a remote killed mid-push', () => {
  it('applies nothing when killed during the upload', async () => {
    const { dir, token } = await preparedRemote();
    const bytes = await bigBundle(200);
    const remote = await startRemote(dir);
    const before = stateOf(dir);
    const req = request(`${remote.base}/api/v1/bundles`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'idempotency-key': 'kill-upload-0001',
        'content-length': String(bytes.length),
      },
    });
    req.on('error', () => undefined);
    const pid = remote.child.pid as number;
    const half = bytes.length >> 1;
    const readBefore = bytesRead(pid);
    req.write(bytes.subarray(0, half));
    // Killed only once the server has read the half we sent: the upload really was under way.
    await until(
      () => bytesRead(pid) - readBefore >= half,
      'the remote has read the first half of the upload',
    );
    await killed(remote);
    const again = await startRemote(dir);
    expect(stateOf(dir)).toEqual(before);
    await again.stop();
  }, 120_000);

  it('rolls back on restart when killed while applying (the import journal)', async () => {
    const { dir, token } = await preparedRemote();
    const bytes = await bigBundle(500);
    const remote = await startRemote(dir);
    const before = stateOf(dir);
    const journal = join(dir, 'bundles', 'import-journal.json');
    const pushing = new RemoteClient('r', remote.base, token)
      .push(bytes, 'kill-apply-00001', 'overwrite')
      .catch((e: Error) => e);
    // Kill midway through the writes: the journal exists only while an apply runs.
    const midway = () => existsSync(journal) && readdirSync(join(dir, 'journeys')).length >= 50;
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (midway()) {
          clearInterval(poll);
          remote.child.kill('SIGKILL');
          resolve();
        } else if (Date.now() - started > 60_000) {
          clearInterval(poll);
          reject(new Error('the apply never started'));
        }
      }, 1);
    });
    await new Promise((r) => remote.child.once('exit', r));
    expect(await pushing).toBeInstanceOf(Error);
    expect(existsSync(journal)).toBe(true);
    const written = Object.keys(snapshotDir(dir)).filter((p) => p.startsWith('journeys/')).length;
    expect(written).toBeGreaterThanOrEqual(50);
    const again = await startRemote(dir);
    expect(existsSync(journal)).toBe(false);
    expect(stateOf(dir)).toEqual(before);
    const list = await fetch(`${again.base}/api/v1/journeys`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await list.json()).journeys).toEqual([]);
    await again.stop();
    console.info(
      `kill during apply: ${written} journey file(s) were on disk at the kill; all rolled back`,
    );
  }, 180_000);
});
