import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/core/bundles/export';
import { RemoteClient } from '../../../electron/core/remotes/remote-client';
import { RemoteStore } from '../../../electron/core/remotes/remote-store';
import { remoteStatus } from '../../../electron/core/remotes/sync';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { useTempDirs } from '../../helpers/temp-dir';
import { coreWith, PINNED } from '../bundles/fixtures';
import { allFiles, backends, onClose } from './backends';

const tempDir = useTempDirs();

async function bundleOf(count: number) {
  const { core, journeys } = await coreWith(tempDir(), count);
  onClose(() => core.close());
  return {
    core,
    journeys,
    bytes: (
      await exportBundle(core.context, {
        ids: journeys.map((j) => j.id),
        includeVersions: false,
        createdAt: PINNED,
      })
    ).bytes,
  };
}

describe.each(backends(tempDir))('remote API v1 on a $name', ({ start: remote }) => {
  it('answers info and lists published journeys only to a valid bearer token', async () => {
    const r = await remote();
    expect((await fetch(`${r.base}/api/v1/info`)).status).toBe(401);
    expect((await fetch(`${r.base}/api/v1/info?token=page`)).status).toBe(401);
    const info = await fetch(`${r.base}/api/v1/info`, {
      headers: { authorization: `Bearer ${r.token}` },
    });
    expect(await info.json()).toMatchObject({ apiVersion: 1, app: 'journey-studio' });
    expect(
      (await fetch(`${r.base}/api/v2/info`, { headers: { authorization: `Bearer ${r.token}` } }))
        .status,
    ).toBe(404);
  });

  it('applies a push once: a retry with the same push id replays the first answer', async () => {
    const r = await remote();
    const { bytes, journeys, core } = await bundleOf(2);
    const client = new RemoteClient('r', r.base, r.token);
    const first = await client.push(bytes, 'push-0001-abcdef', 'overwrite');
    expect(first).toMatchObject({ replayed: false });
    expect(first.summary.created).toHaveLength(2);
    // A push answers only once everything it wrote is durable: no temp file is still being
    // written, and the store's index (written a moment after the journeys) already lists them.
    if (r.dataDir) {
      const files = snapshotDir(r.dataDir);
      expect(Object.keys(files).filter((path) => path.endsWith('.tmp'))).toEqual([]);
      const index = JSON.parse(Buffer.from(files['index.json'], 'base64').toString('utf8')) as {
        entries: { summary: { id: string } }[];
      };
      expect(index.entries.map((e) => e.summary.id).sort()).toEqual(
        journeys.map((j) => j.id).sort(),
      );
    }
    const before = await r.content();
    const again = await client.push(bytes, 'push-0001-abcdef', 'overwrite');
    expect(again).toEqual({ ...first, replayed: true });
    expect(await r.content()).toEqual(before);
    const other = await bundleOf(1);
    await expect(client.push(other.bytes, 'push-0001-abcdef', 'overwrite')).rejects.toThrow(
      /already used for a different bundle/,
    );
    const status = await remoteStatus(core.context, client);
    expect(status.map((s) => s.remote)).toEqual(['same', 'same']);
    expect((await client.journeys()).map((j) => j.id).sort()).toEqual(
      journeys.map((j) => j.id).sort(),
    );
  });

  it('refuses an oversized push with 413 and a damaged one with a clear error, changing nothing', async () => {
    const r = await remote({ maxBodyBytes: 2_000 });
    const { bytes } = await bundleOf(30);
    const before = await r.content();
    const client = new RemoteClient('r', r.base, r.token);
    await expect(client.push(bytes, 'push-too-big-1', 'overwrite')).rejects.toThrow(
      /refused the upload as too large/,
    );
    await expect(
      client.push(new Uint8Array(500).fill(1), 'push-garbage-1', 'overwrite'),
    ).rejects.toThrow(/Bundle refused/);
    expect(await r.content()).toEqual(before);
  });

  it('rate limits each token with a token bucket', async () => {
    const r = await remote({ burst: 3 });
    const client = new RemoteClient('r', r.base, r.token);
    for (let i = 0; i < 3; i++) await client.info();
    await expect(client.info()).rejects.toThrow(/rate limiting: Too many requests; retry in \d+ s/);
  });

  it('keeps tokens out of files in clear, and secrets out of bundles and responses', async () => {
    const r = await remote();
    const local = tempDir();
    const store = await RemoteStore.open(local);
    await store.add('r', r.base, r.token);
    const { bytes } = await bundleOf(1);
    expect(allFiles(local)).not.toContain(r.token);
    expect(await r.everything()).not.toContain(r.token);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain(r.token);
    const reply = await fetch(`${r.base}/api/v1/journeys`, {
      headers: { authorization: `Bearer ${r.token}` },
    });
    expect(await reply.text()).not.toContain(r.token);
    expect((await store.get('r')).token).toBe(r.token);
  });
});

describe('remote client', () => {
  it('names another API version clearly', async () => {
    const server = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end('{"apiVersion":2,"appVersion":"9.0.0"}'),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    onClose(() => new Promise((done) => server.close(done)));
    const client = new RemoteClient(
      'future',
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      't',
    );
    await expect(client.info()).rejects.toThrow(
      'Remote "future" speaks API version 2; this app speaks version 1',
    );
  });
});
