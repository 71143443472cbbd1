#!/usr/bin/env node
// Builds the CLI and host (electron/host/cli.ts) and the simulator worker into dist/cli/, so
// `journey-studio` starts in plain Node instead of compiling TypeScript through tsx on every call.
// esbuild comes with tsx (a dependency), so this works wherever the app is installed.
import { build } from 'esbuild';
import { cp, rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_OUT = 'dist/cli';

/**
 * Builds dist/cli/cli.mjs and dist/cli/worker.js with their packages inside: one file parses
 * faster than hundreds resolved one by one, which is most of a cold start.
 */
export async function buildCli({ quiet = false } = {}) {
  // Built beside, then swapped in: a CLI started meanwhile never sees half a build.
  const staging = `${CLI_OUT}.${process.pid}`;
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Optional native speed-ups of ws, and the Postgres driver (a server-side store, never the CLI's).
    external: ['bufferutil', 'utf-8-validate', 'pg', 'pg-native', 'node-pg-migrate'],
    // Bundled CommonJS packages call require(); give the ES module one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    minify: process.env.CLI_MINIFY === '1',
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
  };
  await Promise.all([
    // Split: each command is a chunk loaded on use. Chunks sit beside cli.mjs: core finds
    // package.json, worker.js and the renderer relative to its own file.
    build({
      ...common,
      entryPoints: { cli: 'electron/host/cli.ts' },
      outdir: staging,
      splitting: true,
      chunkNames: '[name]-[hash]',
      outExtension: { '.js': '.mjs' },
    }),
    // run-in-worker.ts loads ./worker.js (and the pool ./pool-worker.js) beside the bundle.
    build({
      ...common,
      entryPoints: {
        worker: 'electron/core/simulator/worker.ts',
        'pool-worker': 'electron/core/simulator/pool-worker.ts',
      },
      outdir: staging,
    }),
  ]);
  // The hub finds its SQL migrations beside its own file: in the build, beside the chunks.
  await cp(
    new URL('../electron/host/hub/migrations', import.meta.url),
    new URL(`../${staging}/migrations`, import.meta.url),
    { recursive: true },
  );
  await rm(new URL(`../${CLI_OUT}`, import.meta.url), { recursive: true, force: true });
  await rename(
    new URL(`../${staging}`, import.meta.url),
    new URL(`../${CLI_OUT}`, import.meta.url),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await buildCli();
  console.log(`CLI built into ${CLI_OUT}/ in ${Math.round(performance.now() - started)} ms`);
}
