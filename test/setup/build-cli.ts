import { buildCli } from '../../scripts/build-cli.mjs';

// vitest global setup: tests that spawn `journey-studio` run the built CLI (bin/journey-studio.mjs
// prefers dist/cli/), so it is rebuilt from the current sources before any test starts. That keeps
// unit tests independent of `npm run build` having run, and never on a stale build.
export async function setup(): Promise<void> {
  await buildCli({ quiet: true });
}
