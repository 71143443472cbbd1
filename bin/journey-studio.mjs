#!/usr/bin/env node
// The CLI runs the TypeScript core directly through tsx, so no build step is needed for it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/host/cli.ts');
process.exitCode = await main(process.argv.slice(2));
