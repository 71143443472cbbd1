import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const CHILD_SOURCE = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const CORE_URL = pathToFileURL(
  fileURLToPath(new URL('../../electron/core/core.ts', import.meta.url)),
).href;

/**
 * Bundles the crash child once into one plain .mjs file, so each of the hundreds of runs starts
 * in a fraction of the time tsx needs to compile the core again.
 */
export async function bundleCrashChild(): Promise<string> {
  const outfile = join(
    mkdtempSync(join(tmpdir(), 'journey-studio-crash-child-')),
    'crash-child.mjs',
  );
  await build({
    entryPoints: [CHILD_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    // Bundled CommonJS dependencies (liquidjs) still require Node built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // core.ts finds package.json relative to itself; keep that path true inside the bundle.
    define: { 'import.meta.url': JSON.stringify(CORE_URL) },
  });
  return outfile;
}

/** A running child with the lines it printed so far. */
export interface WatchedChild {
  child: ChildProcess;
  lines: string[];
  stderr: () => string;
  /** Resolves with the first line matching, or null when the child ends first. */
  waitFor: (match: (line: string) => boolean) => Promise<string | null>;
  /** Resolves once the child has exited and all its output was read. */
  closed: Promise<number | null>;
}

/** Starts `node script args…` and collects its stdout line by line. */
export function startChild(script: string, args: string[]): WatchedChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: (line: string | null) => void }[] =
    [];
  let partial = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.filter((x) => x.match(line))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const closed = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      for (const w of waiters.splice(0)) w.resolve(null);
      resolve(code);
    }),
  );
  return {
    child,
    lines,
    stderr: () => err,
    closed,
    waitFor: (match) => {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(null);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
}
