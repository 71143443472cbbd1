import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Journey Studio host started for a test: each test has its own (fixtures.ts), some start a second one. */
export interface SecondInstance {
  /** http://127.0.0.1:PORT */
  base: string;
  /** The page URL with its access token. */
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

const BIN = 'bin/journey-studio.mjs';

/**
 * Starts `serve --port 0` on a temp data dir (with `--remote` when asked) and resolves once it
 * prints its URL. Empty unless `demo` (then the demo workspace and journeys, as a new user sees).
 */
export function startSecondInstance(
  options: {
    remote?: boolean;
    token?: string;
    firstRun?: boolean;
    demo?: boolean;
    prepare?: (dataDir: string) => void;
  } = {},
): Promise<SecondInstance> {
  const dataDir = mkdtempSync(join(tmpdir(), 'journey-studio-e2e-'));
  const empty = options.demo ? [] : ['--empty'];
  // Unless the test is about the first run, the user has seen the guided tour already.
  if (!options.firstRun)
    spawnSync(
      process.execPath,
      [BIN, 'call', 'settings.set', '{"tourDone":true}', '--data-dir', dataDir, ...empty],
      { stdio: 'ignore' },
    );
  options.prepare?.(dataDir); // e.g. files a user damaged before starting the app
  const args = [
    BIN,
    'serve',
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--data-dir',
    dataDir,
    ...empty,
    '--token',
    options.token ?? 'e2e-second-token',
    ...(options.remote ? ['--remote'] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () =>
    new Promise<void>((done) => {
      const finish = () => {
        rmSync(dataDir, { recursive: true, force: true });
        done();
      };
      if (child.exitCode !== null || child.signalCode !== null) return finish();
      child.once('exit', finish);
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () =>
        void stop().then(() => reject(new Error(`second instance did not start: ${out}${err}`))),
      30_000,
    );
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:(\d+)\/\S*)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({ base: `http://127.0.0.1:${match[2]}`, url: match[1], dataDir, stop });
    });
    child.once('exit', (code) => reject(new Error(`second instance exited with ${code}: ${err}`)));
  });
}

/** Creates a bearer token for a `--remote` instance through the CLI, as a person would. */
export function createRemoteToken(dataDir: string): string {
  const result = spawnSync(
    process.execPath,
    [BIN, 'remote', 'token', 'create', '--label', 'e2e', '--json', '--data-dir', dataDir],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return (JSON.parse(result.stdout) as { token: string }).token;
}

/** A team hub (`journey-studio hub`) started by a test on a database it was given. */
export interface HubInstance {
  base: string;
  stop: () => Promise<void>;
}

/** Starts `hub --port 0` and resolves once its structured log says where it listens. */
export function startHubInstance(databaseUrl: string): Promise<HubInstance> {
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, 'hub', '--database', databaseUrl, '--port', '0', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => void stop().then(() => reject(new Error(`hub did not start: ${out}${err}`))),
      60_000,
    );
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /"event":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)\/api\/v1\/"/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({ base: match[1], stop });
    });
    child.once('exit', (code) => reject(new Error(`hub exited with ${code}: ${err}`)));
  });
}

/** Creates a hub token through the CLI, as the hub's operator would. */
export function createHubToken(databaseUrl: string, scope: string, label: string): string {
  const result = spawnSync(
    process.execPath,
    [
      BIN,
      'hub',
      'token',
      'create',
      '--label',
      label,
      '--scope',
      scope,
      '--json',
      '--database',
      databaseUrl,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return (JSON.parse(result.stdout) as { token: string }).token;
}
