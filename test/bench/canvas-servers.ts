import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { openCore } from '../../electron/core/core';
import type { JourneyBody } from '../../shared/model';
import { call } from '../unit/helpers/call';

// The two pages the canvas bench compares: the editor served by `journey-studio serve`, and the
// plain React Flow page (test/bench/canvas-baseline) served here. Both are built in the same run.

export const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = 'bench-token';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Builds the renderer and the plain React Flow page (`extra`: e.g. `--minify false` for profiles). */
export async function buildPages(extra: string[] = []): Promise<void> {
  for (const args of [
    ['vite', 'build', '--config', 'vite.config.ts'],
    ['vite', 'build', '--config', 'test/bench/canvas-baseline/vite.config.ts'],
  ])
    await run('npx', [...args, ...extra, '--logLevel', 'error']);
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) =>
      code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/** The plain page's graph: ids, names and positions only, as a plain React Flow app would load. */
export function plainGraph(body: JourneyBody): string {
  return JSON.stringify({
    nodes: body.nodes.map((n) => ({ id: n.id, name: n.name, position: n.position })),
    edges: body.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  });
}

/** Serves the plain page and its graphs (`?graph=<key>` reads `graph-<key>.json`) on a random port. */
export function serveBaseline(
  graphs: Record<string, string>,
): Promise<{ server: Server; url: (key: string) => string }> {
  const dir = join(ROOT, 'dist/bench/canvas-baseline');
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const graph = /^\/graph-(\w+)\.json$/.exec(path)?.[1];
    if (graph !== undefined && graphs[graph] !== undefined)
      return res.writeHead(200, { 'content-type': TYPES['.json'] }).end(graphs[graph]);
    try {
      const file = join(dir, path === '/' ? 'index.html' : path.replace(/^\/+/, ''));
      if (!file.startsWith(dir)) throw new Error('outside');
      const bytes = readFileSync(file);
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(bytes);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      ok({ server, url: (key) => `http://127.0.0.1:${port}/?graph=${key}` });
    }),
  );
}

/** A data dir holding one journey per body; returns the dir and the journey ids in order. */
export async function seedDataDir(
  bodies: { name: string; body: JourneyBody }[],
): Promise<{ dataDir: string; ids: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'journey-studio-bench-canvas-'));
  const core = await openCore({ dataDir, mode: 'cli', empty: true, user: 'bench' });
  const ids: string[] = [];
  for (const { name, body } of bodies) {
    const created = await call(core, 'journeys.create', {
      name,
      description: '',
      audience: 'account',
    });
    await core.dispatch('journeys.save', {
      id: created.id,
      baseRevision: created.revision,
      body,
    });
    ids.push(created.id);
  }
  await core.close();
  return { dataDir, ids };
}

export interface AppHost {
  host: ChildProcess;
  /** The page address for a hash route such as `#/journeys/<id>`. */
  url: (hash: string) => string;
}

/** Starts `journey-studio serve` on the data dir; resolves once it prints its address. */
export async function serveApp(dataDir: string): Promise<AppHost> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const host = spawn(
    process.execPath,
    [
      'bin/journey-studio.mjs',
      'serve',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--token',
      TOKEN,
      '--empty',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  await new Promise<void>((ok, fail) => {
    host.stdout?.on('data', (d: Buffer) => d.toString().includes('running at') && ok());
    host.on('exit', (code) => fail(new Error(`journey-studio serve exited ${code}`)));
  });
  return { host, url: (hash) => `http://127.0.0.1:${port}/?token=${TOKEN}${hash}` };
}

/** Stops a host started by serveApp and waits for it to exit. */
export function stopApp(app: AppHost): Promise<void> {
  if (app.host.exitCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    app.host.once('exit', () => ok());
    app.host.kill();
  });
}
