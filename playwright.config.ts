import { defineConfig } from '@playwright/test';

// No shared host: each test starts its own on a temp data dir and a free port (the `host`
// fixture in test/e2e/fixtures.ts), so tests never see each other's data. The CLI they spawn is
// the built one (npm run build; bin/journey-studio.mjs builds it on first use otherwise).

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    viewport: { width: 1400, height: 860 },
    trace: 'retain-on-failure',
  },
});
