import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import pg from 'pg';
import { migrate } from '../../../electron/host/hub/hub-db';
import { createHubToken } from '../../../electron/host/hub/hub-tokens';
import { runCli } from '../../helpers/cli';
import type { TestPostgres } from '../../helpers/postgres';

const BIN = fileURLToPath(new URL('../../../bin/journey-studio.mjs', import.meta.url));

export interface RemoteProcess {
  child: ChildProcess;
  /** http://127.0.0.1:PORT */
  base: string;
  stop: () => Promise<void>;
}

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts a real `serve --remote` on 127.0.0.1, port 0, and resolves once it prints its URL. */
export function startRemote(dataDir: string): Promise<RemoteProcess> {
  return startProcess(
    [
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
    ],
    /Remote API: (http:\/\/127\.0\.0\.1:\d+)\/api\/v1\//,
  );
}

/** Starts a real `journey-studio hub` on 127.0.0.1, port 0, once its structured log says it listens. */
export function startHubProcess(databaseUrl: string): Promise<RemoteProcess> {
  return startProcess(
    ['hub', '--database', databaseUrl, '--port', '0', '--host', '127.0.0.1'],
    /"event":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)\/api\/v1\/"/,
  );
}

function startProcess(args: string[], ready: RegExp): Promise<RemoteProcess> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`remote did not start: ${out}${err}`)), 60_000);
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = ready.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        base: match[1],
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`remote exited with ${code}: ${err}`)));
  });
}

/** Creates a bearer token on a remote's data directory through the CLI. */
export function createRemoteToken(dataDir: string): { id: string; token: string } {
  const result = runCli([
    'remote',
    'token',
    'create',
    '--label',
    'test',
    '--json',
    '--data-dir',
    dataDir,
  ]);
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { id: string; token: string };
}

/** A remote as the process tests run it: a started server, a token it accepts, and how to revoke it. */
export interface LiveRemote {
  remote: RemoteProcess;
  token: string;
  /** Revokes the token through the CLI; its exit status. */
  revoke: () => number;
}

export interface LiveBackend {
  name: 'file-backed instance' | 'team hub';
  start: () => Promise<LiveRemote>;
}

/** `serve --remote` on a temp data dir, and `hub` on a fresh database of the test cluster. */
export function liveBackends(
  tempDir: () => string,
  cluster: (() => TestPostgres) | null,
): LiveBackend[] {
  const file: LiveBackend = {
    name: 'file-backed instance',
    start: async () => {
      const dir = tempDir();
      const { id, token } = createRemoteToken(dir);
      const remote = await startRemote(dir);
      return {
        remote,
        token,
        revoke: () => runCli(['remote', 'token', 'revoke', id, '--data-dir', dir]).status ?? -1,
      };
    },
  };
  if (!cluster) return [file];
  const hub: LiveBackend = {
    name: 'team hub',
    start: async () => {
      const database = await cluster().createDatabase();
      // Migrated by the hub's own start below; the token goes straight in (the CLI path has its own test).
      await migrate(database);
      const pool = new pg.Pool({ connectionString: database, max: 1 });
      const { token, info } = await createHubToken(
        pool,
        { label: 'test', scopes: ['read', 'push'] },
        'test',
      ).finally(() => pool.end());
      const id = info.id;
      const remote = await startHubProcess(database);
      return {
        remote,
        token,
        revoke: () => runCli(['hub', 'token', 'revoke', id, '--database', database]).status ?? -1,
      };
    },
  };
  return [file, hub];
}
