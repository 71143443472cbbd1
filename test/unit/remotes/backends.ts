import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startHub } from '../../../electron/host/hub/hub-server';
import { createHubToken } from '../../../electron/host/hub/hub-tokens';
import { createRemoteApi } from '../../../electron/host/remote-api/remote-api';
import { createToken } from '../../../electron/host/remote-api/tokens';
import { startHost } from '../../../electron/host/server';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { postgresAvailable, startPostgres, type TestPostgres } from '../../helpers/postgres';
import { emptyCore } from '../bundles/fixtures';

/** A running remote the REST tests talk to, whichever side keeps its data. */
export interface TestRemote {
  base: string;
  token: string;
  /** What the remote keeps (journeys, reference data, Actions, scenarios), to prove a refusal changed nothing. */
  content: () => Promise<unknown>;
  /** The file-backed instance's data directory (the hub has none). */
  dataDir?: string;
  /** Every byte it stores, tokens included, to prove no token is kept in clear. */
  everything: () => Promise<string>;
}

export interface RemoteOptions {
  maxBodyBytes?: number;
  burst?: number;
}

export interface Backend {
  name: 'file-backed instance' | 'team hub';
  start: (options?: RemoteOptions) => Promise<TestRemote>;
}

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

export const allFiles = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => readFileSync(join(dir, f), 'latin1'))
    .join('\n');

/** `serve --remote`'s API in process, on a temp data directory. */
export function fileBackend(tempDir: () => string): Backend {
  return {
    name: 'file-backed instance',
    start: async (options = {}) => {
      const dataDir = tempDir();
      const core = await emptyCore(dataDir);
      const { token } = await createToken(dataDir, 'test');
      const host = await startHost({
        core,
        token: 'page',
        port: 0,
        host: '127.0.0.1',
        rendererDir: tempDir(),
        api: createRemoteApi({ core, perSecond: 0.01, ...options }),
      });
      closers.push(
        () => core.close(),
        () => host.close(),
      );
      // The push ledger is not content; the index is rebuildable and written in the background (with its temp files).
      const content = () =>
        Promise.resolve(
          Object.fromEntries(
            Object.entries(snapshotDir(dataDir)).filter(
              ([p]) => !p.startsWith('remote/') && !/^\.?index\.json/.test(p),
            ),
          ),
        );
      return {
        base: `http://127.0.0.1:${host.port}`,
        token,
        dataDir,
        content,
        everything: () => Promise.resolve(allFiles(dataDir)),
      };
    },
  };
}

/** Every row of the hub's content tables, as JSON. */
export async function hubContent(pool: Pick<pg.Pool, 'query'>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of ['journeys', 'workspace', 'actions', 'scenarios'])
    out[table] = (await pool.query(`SELECT * FROM ${table} ORDER BY 1`)).rows;
  return out;
}

/** One PostgreSQL cluster for the file (started once), a fresh database per hub. */
export function usePostgres(): () => TestPostgres {
  let cluster: TestPostgres | null = null;
  beforeAll(async () => {
    if (postgresAvailable()) cluster = await startPostgres();
  }, 120_000);
  afterAll(() => cluster?.stop(), 60_000);
  return () => {
    if (!cluster) throw new Error('PostgreSQL is not available');
    return cluster;
  };
}

/** `journey-studio hub` in process on a fresh database. */
export function hubBackend(cluster: () => TestPostgres): Backend {
  return {
    name: 'team hub',
    start: async (options = {}) => {
      const databaseUrl = await cluster().createDatabase();
      const hub = await startHub({
        databaseUrl,
        port: 0,
        host: '127.0.0.1',
        perSecond: 0.01,
        log: () => undefined,
        ...options,
      });
      closers.push(() => hub.close());
      const { token } = await createHubToken(
        hub.pool,
        { label: 'test', scopes: ['read', 'push'] },
        'test',
      );
      const everything = async () => {
        const tables = (
          await hub.pool.query<{ tablename: string }>(
            `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
          )
        ).rows.map((r) => r.tablename);
        const parts = await Promise.all(
          tables.map(async (t) =>
            JSON.stringify((await hub.pool.query(`SELECT * FROM "${t}"`)).rows),
          ),
        );
        return parts.join('\n');
      };
      return { base: hub.url, token, content: () => hubContent(hub.pool), everything };
    },
  };
}

/** Both backends, the hub only where PostgreSQL can run (always in CI: see postgresAvailable). */
export function backends(tempDir: () => string): Backend[] {
  const cluster = usePostgres();
  return [fileBackend(tempDir), ...(postgresAvailable() ? [hubBackend(cluster)] : [])];
}

export function onClose(close: () => Promise<unknown>): void {
  closers.push(close);
}
