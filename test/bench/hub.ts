import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from '../../electron/host/hub/hub-server';
import { createHubToken } from '../../electron/host/hub/hub-tokens';
import { createRemoteApi } from '../../electron/host/remote-api/remote-api';
import { createToken } from '../../electron/host/remote-api/tokens';
import { startHost } from '../../electron/host/server';
import { postgresAvailable, startPostgres } from '../helpers/postgres';
import { percentile, runPushLoad, type LoadOptions } from '../helpers/push-load';
import { emptyCore } from '../unit/bundles/fixtures';
import { round } from './stats';
import type { BenchModule, BenchRow } from './types';

interface Figures {
  p50: number;
  p95: number;
  perSecond: number;
}

const figuresOf = (result: Awaited<ReturnType<typeof runPushLoad>>): Figures => {
  const latencies = result.records.map((r) => r.latencyMs);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    perSecond: result.records.length / result.seconds,
  };
};

const LIMITS = { burst: 1_000_000, perSecond: 1_000_000 };

/** The same pushes (and pulls) against `serve --remote`'s API on a data directory. */
async function fileBacked(load: LoadOptions): Promise<Figures> {
  const dirs = [
    mkdtempSync(join(tmpdir(), 'js-bench-remote-')),
    mkdtempSync(join(tmpdir(), 'js-bench-renderer-')),
  ];
  try {
    const core = await emptyCore(dirs[0]);
    const { token } = await createToken(dirs[0], 'bench');
    const host = await startHost({
      core,
      token: 'page',
      port: 0,
      host: '127.0.0.1',
      rendererDir: dirs[1],
      api: createRemoteApi({ core, ...LIMITS }),
    });
    try {
      return figuresOf(await runPushLoad(`http://127.0.0.1:${host.port}`, token, load));
    } finally {
      await host.close();
      await core.close();
    }
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/** …and against the team hub on a throwaway PostgreSQL cluster. */
async function hubBacked(load: LoadOptions): Promise<Figures> {
  const cluster = await startPostgres();
  try {
    const hub = await startHub({
      databaseUrl: await cluster.createDatabase(),
      port: 0,
      host: '127.0.0.1',
      log: () => undefined,
      ...LIMITS,
      pool: { max: 10, connectionTimeoutMs: 120_000 },
    });
    try {
      const { token } = await createHubToken(
        hub.pool,
        { label: 'bench', scopes: ['read', 'push'] },
        'bench',
      );
      return figuresOf(await runPushLoad(hub.url, token, load));
    } finally {
      await hub.close();
    }
  } finally {
    cluster.stop();
  }
}

/** Push latency and throughput of the team hub against a file-backed instance, same pushes, same run. */
export const hubBench: BenchModule = {
  name: 'hub',
  async run({ quick }): Promise<BenchRow[]> {
    if (!postgresAvailable()) return [];
    const load: LoadOptions = quick
      ? { clients: 4, pushes: 5, tag: 'bench' }
      : { clients: 20, pushes: 50, tag: 'bench' };
    const file = await fileBacked(load);
    const hub = await hubBacked(load);
    const size = `${load.clients} clients × ${load.pushes}`;
    const row = (name: string, figure: number, baseline: number, unit: string): BenchRow => ({
      name,
      figure: round(figure, 1),
      unit,
      baseline: round(baseline, 1),
      ratio: round(figure / baseline, 2),
      budget: 'vs file-backed',
      pass: null,
    });
    return [
      row(`hub push p50 (${size})`, hub.p50, file.p50, 'ms'),
      row(`hub push p95 (${size})`, hub.p95, file.p95, 'ms'),
      row(`hub push+pull rounds per second (${size})`, hub.perSecond, file.perSecond, '/s'),
    ];
  },
};
