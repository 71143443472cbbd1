#!/usr/bin/env node
// Runs the built CLI (dist/cli/, made by `npm run build` or `npm run build:cli`): plain Node,
// no TypeScript compiled per call. With no build yet it builds one first; if it cannot, or with
// JOURNEY_STUDIO_TSX=1 (working on the sources), it runs the TypeScript through tsx instead.
import { existsSync } from 'node:fs';
import { requireWithCodeCache } from './run-with-code-cache.mjs';

// `journey-studio catalog | head` closes our stdout early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const built = new URL('../dist/cli/cli.cjs', import.meta.url);

async function run(argv) {
  if (process.env.JOURNEY_STUDIO_TSX === '1') return (await fromSources())(argv);
  if (!existsSync(built)) {
    process.stderr.write(
      'journey-studio: no build in dist/cli yet; building it once (npm run build:cli)…\n',
    );
    try {
      const { buildCli } = await import('../scripts/build-cli.mjs');
      await buildCli({ quiet: true });
    } catch (error) {
      process.stderr.write(
        `journey-studio: could not build the CLI (${error.message}); running the TypeScript through tsx (slower).\n`,
      );
      return (await fromSources())(argv);
    }
  }
  const cli = requireWithCodeCache(built);
  const code = await cli.exports.main(argv);
  cli.saveCache();
  return code;
}

async function fromSources() {
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../electron/host/cli.ts')).main;
}

process.exitCode = await run(process.argv.slice(2));
