import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The shared host for e2e: a fresh temp data dir per run, a fixed token the tests know. */
// E2E_PORT lets two runs on one machine (two checkouts, two sessions) use different ports.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4317);
export const E2E_TOKEN = 'e2e-token-not-secret';
const dataDir = mkdtempSync(join(tmpdir(), 'journey-studio-e2e-'));

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    viewport: { width: 1400, height: 860 },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The shared host is a returning user's (tour already seen); first-run tests start their own host.
    command: `node bin/journey-studio.mjs call settings.set '{"tourDone":true}' --data-dir ${dataDir} > /dev/null && JOURNEY_STUDIO_TOKEN=${E2E_TOKEN} node bin/journey-studio.mjs serve --port ${E2E_PORT} --data-dir ${dataDir}`,
    url: `http://127.0.0.1:${E2E_PORT}/?token=${E2E_TOKEN}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
