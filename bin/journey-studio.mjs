#!/usr/bin/env node
// Runs the built CLI (dist/cli/, made by `npm run build` or `npm run build:cli`): plain Node,
// no TypeScript compiled per call. With no build yet it builds one first; if it cannot, or with
// JOURNEY_STUDIO_TSX=1 (working on the sources), it runs the TypeScript through tsx instead.
import { existsSync } from 'node:fs';

// `journey-studio catalog | head` closes our stdout early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const built = new URL('../dist/cli/cli.mjs', import.meta.url);

async function loadMain() {
  if (process.env.JOURNEY_STUDIO_TSX === '1') return fromSources();
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
      return fromSources();
    }
  }
  return (await import(built.href)).main;
}

async function fromSources() {
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../electron/host/cli.ts')).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
