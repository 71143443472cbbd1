import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../electron/core/bundles/codec';
import { spawnMeasuredCli } from '../../helpers/measured-child';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { useTempDirs } from '../../helpers/temp-dir';
import { lyingZipBomb, manyEntryZip } from '../../helpers/zip-bomb';
import { recordFigures } from '../../reliability/figures';
import { createRemoteToken } from '../remotes/remote-process';

const tempDir = useTempDirs();
const GB = 1024 ** 3;
const MB = 1024 * 1024;
/** Generous: a Node process running the CLI through tsx sits near 150 MB; before the fix a bomb took 3.3 GB. */
const PEAK_RSS_BOUND = 400 * MB;
const SIZE_REFUSAL =
  /Bundle refused: "journeys\/bomb\.json" inflates beyond the size limit\. Nothing was imported\./;

const figures: Record<string, number> = {};
const mb = (bytes: number) => Math.round(bytes / MB);

describe('zip bombs whose headers lie about the inflated size', () => {
  it.each([100, 0])(
    'refuses a 1 MB entry declaring %i bytes that inflates to 1 GB, in the reader',
    (declared) => {
      const bomb = lyingZipBomb(GB, declared);
      expect(bomb.length).toBeLessThan(1.1 * MB);
      expect(() => decodeBundle(bomb)).toThrow(SIZE_REFUSAL);
    },
  );

  it('refuses 25,000 entries with the entry limit, not a stack overflow', () => {
    expect(() => decodeBundle(manyEntryZip(25_000))).toThrow(
      /Bundle refused: more than 20001 files\. Nothing was imported\./,
    );
  });

  it.each([100, 0])(
    'journey-studio import refuses the bomb declaring %i bytes with little memory, and changes nothing',
    async (declared) => {
      const dir = tempDir();
      const dataDir = join(dir, 'data');
      const bundle = join(dir, 'bomb.journeys.zip');
      writeFileSync(bundle, lyingZipBomb(GB, declared));
      // The data directory exists before the import, so "unchanged" compares real files.
      const listStarted = performance.now();
      const created = await spawnMeasuredCli([
        'call',
        'journeys.list',
        '--empty',
        '--data-dir',
        dataDir,
      ]).exited;
      const listSeconds = (performance.now() - listStarted) / 1000;
      expect(created.code).toBe(0);
      const before = snapshotDir(dataDir);
      const started = performance.now();
      const run = await spawnMeasuredCli(['import', bundle, '--data-dir', dataDir]).exited;
      const seconds = (performance.now() - started) / 1000;
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(SIZE_REFUSAL);
      expect(run.peakRssBytes).toBeLessThan(PEAK_RSS_BOUND);
      expect(snapshotDir(dataDir)).toEqual(before);
      figures[`CLI import, declared ${declared} B: peak RSS (MB)`] = mb(run.peakRssBytes);
      figures[`CLI import, declared ${declared} B: seconds`] = Number(seconds.toFixed(1));
      // The same CLI doing nothing heavy, for comparison with the figure above.
      figures['CLI journeys.list (baseline): peak RSS (MB)'] = mb(created.peakRssBytes);
      figures['CLI journeys.list (baseline): seconds'] = Number(listSeconds.toFixed(1));
    },
    120_000,
  );

  it('serve --remote refuses a pushed bomb with 400 and little memory while /api/v1/info keeps answering', async () => {
    const dataDir = tempDir();
    const { token } = createRemoteToken(dataDir);
    const serve = spawnMeasuredCli([
      'serve',
      '--remote',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--data-dir',
      dataDir,
      '--empty',
      '--token',
      'page-token-not-used',
    ]);
    try {
      const base = await new Promise<string>((resolve, reject) => {
        let out = '';
        serve.child.stdout?.on('data', (d: Buffer) => {
          out += d.toString();
          const match = /Remote API: (http:\/\/127\.0\.0\.1:\d+)\/api\/v1\//.exec(out);
          if (match) resolve(match[1]);
        });
        serve.exited.then(
          (r) => reject(new Error(`serve exited with ${r.code}: ${r.stderr}`)),
          reject,
        );
      });
      const auth = { authorization: `Bearer ${token}` };
      const before = snapshotDir(dataDir);
      const bomb = lyingZipBomb(GB, 100);

      // /info is asked again and again while the push is in flight; every answer must come.
      let pushing = true;
      const infoLatencies: number[] = [];
      const poll = (async () => {
        while (pushing) {
          const asked = performance.now();
          const res = await fetch(`${base}/api/v1/info`, { headers: auth });
          expect(res.status).toBe(200);
          await res.json();
          infoLatencies.push(performance.now() - asked);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const started = performance.now();
      const res = await fetch(`${base}/api/v1/bundles?policy=skip`, {
        method: 'POST',
        headers: {
          ...auth,
          'idempotency-key': 'bomb-push-0001',
          'content-type': 'application/zip',
        },
        body: new Uint8Array(bomb),
      });
      const pushSeconds = (performance.now() - started) / 1000;
      pushing = false;
      await poll;
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(/inflates beyond the size limit/);
      expect(infoLatencies.length).toBeGreaterThan(0);
      // The server still answers after the refusal.
      expect((await fetch(`${base}/api/v1/info`, { headers: auth })).status).toBe(200);
      // The refused push changed nothing on disk.
      expect(snapshotDir(dataDir)).toEqual(before);
      serve.child.kill('SIGTERM');
      const done = await serve.exited;
      expect(done.code).toBe(0);
      expect(done.peakRssBytes).toBeLessThan(PEAK_RSS_BOUND);
      figures['serve --remote push: peak RSS (MB)'] = mb(done.peakRssBytes);
      figures['serve --remote push: seconds to the 400'] = Number(pushSeconds.toFixed(2));
      figures['serve --remote: slowest concurrent /info (ms)'] = Math.round(
        Math.max(...infoLatencies),
      );
    } finally {
      if (serve.child.exitCode === null) serve.child.kill('SIGKILL');
    }
  }, 120_000);

  it('records the figures for the reliability report', () => {
    // Times depend on how busy the machine was: say so beside them.
    figures['load average (1 min) at the end'] = Number(loadavg()[0].toFixed(1));
    figures.cores = cpus().length;
    recordFigures({
      surface: 'zip-bomb',
      title:
        'Zip bombs with lying sizes (1 MB → 1 GB; CLI import and serve --remote push, child processes)',
      cases: 5,
      failures: 0,
      seconds: Number(
        Object.entries(figures)
          .filter(([k]) => k.includes('seconds') && !k.includes('baseline'))
          .reduce((n, [, v]) => n + v, 0)
          .toFixed(1),
      ),
      details: figures,
    });
  });
});
