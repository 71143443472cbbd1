#!/usr/bin/env node
// The CLI runs the TypeScript core directly through tsx, so no build step is needed for it.
import { register } from 'tsx/esm/api';

// `journey-studio catalog | head` closes our stdout early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { main } = await import('../electron/host/cli.ts');
process.exitCode = await main(process.argv.slice(2));
