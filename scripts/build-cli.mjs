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
 * zod's `z.locales` carries its messages in some forty languages (about a third of zod's code,
 * parsed on every start); we never switch zod's language, so the build keeps English only.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/zod/`)
        ? { path: 'zod-locales', namespace: 'zod-english-only' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: root,
    }));
  },
};

/**
 * Builds dist/cli/cli.cjs and dist/cli/worker.js with their packages inside: one file parses
 * faster than hundreds resolved one by one, which is most of a cold start.
 */
export async function buildCli({ quiet = false } = {}) {
  // Built beside, then swapped in: a CLI started meanwhile never sees half a build.
  const staging = `${CLI_OUT}.${process.pid}`;
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Optional native speed-ups of ws and pg; the Postgres packages are the hub's only.
    external: ['bufferutil', 'utf-8-validate', 'pg', 'pg-native', 'node-pg-migrate'],
    plugins: [zodEnglishOnly],
    // Less code to parse on each start; names are kept so stack traces stay readable.
    minify: true,
    keepNames: true,
    sourcemap: 'linked',
    logLevel: quiet ? 'error' : 'warning',
  };
  await Promise.all([
    // One CommonJS script, so bin/journey-studio.mjs can run it with a V8 code cache (Node 20
    // has no module compile cache): a command's modules are still evaluated only on use.
    build({
      ...common,
      entryPoints: { cli: 'electron/host/cli.ts' },
      outdir: staging,
      format: 'cjs',
      outExtension: { '.js': '.cjs' },
      // Core finds package.json, worker.js and the renderer relative to its own file.
      define: { 'import.meta': '__cliImportMeta' },
      banner: {
        js: "var __cliImportMeta = { url: require('node:url').pathToFileURL(__filename).href };",
      },
    }),
    // run-in-worker.ts loads ./worker.js (and the pool ./pool-worker.js) beside the bundle.
    build({
      ...common,
      entryPoints: {
        worker: 'electron/core/simulator/worker.ts',
        'pool-worker': 'electron/core/simulator/pool-worker.ts',
      },
      outdir: staging,
      format: 'esm',
      // Bundled CommonJS packages call require(); give the ES module one.
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
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
