import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: Debian's server binaries, initdb into a
 * temp dir, one free port on 127.0.0.1, trust auth for the one local user. As root (initdb refuses
 * root) the cluster belongs to the `postgres` system user and every binary runs through runuser.
 */
export interface TestPostgres {
  /** postgres://hub@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  /** A new empty database; its URL. */
  createDatabase: (name?: string) => Promise<string>;
  /** Stops the server but keeps its files (a database outage); `resume` starts it again. */
  pause: () => void;
  resume: () => void;
  stop: () => void;
}

const SUPERUSER = 'hub';

/** The newest installed server's bin directory, or null. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

/**
 * Whether tests can start PostgreSQL. In CI its absence is a failure, never a skip (`.ci/run`
 * installs it); on a developer machine without it the hub tests are skipped with this reason.
 */
export function postgresAvailable(): boolean {
  if (postgresBinDir()) return true;
  if (process.env.CI === 'true')
    throw new Error(
      'PostgreSQL server binaries are missing (/usr/lib/postgresql/*/bin/initdb); .ci/run installs the Debian postgresql package.',
    );
  return false;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const asRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function run(bin: string, args: string[]): void {
  const [cmd, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${bin} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
}

/** Starts a fresh cluster; `stop()` shuts it down and removes its files. */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  if (!bin)
    throw new Error('PostgreSQL server binaries are missing (/usr/lib/postgresql/*/bin/initdb)');
  const dir = mkdtempSync(join(tmpdir(), 'journey-studio-pg-'));
  if (asRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    SUPERUSER,
    '-A',
    'trust',
    '--no-sync',
    '-E',
    'UTF8',
    '--no-instructions',
  ]);
  const port = await freePort();
  // fsync off: these clusters are thrown away, and the crash tests kill the hub, never PostgreSQL.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c shared_buffers=16MB`;
  const resume = () =>
    run(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-o',
      options,
      '-w',
      '-t',
      '60',
      'start',
    ]);
  const pause = () => run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  resume();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', stop);
  const url = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;
  let count = 0;
  return {
    url,
    port,
    stop,
    pause,
    resume,
    createDatabase: async (name = `t${process.pid}_${++count}_${Date.now().toString(36)}`) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return `postgres://${SUPERUSER}@127.0.0.1:${port}/${name}`;
    },
  };
}
