import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Builds the CLI the spawning tests run; writes the reliability report (test-results/ unless
    // RELIABILITY_REPORT=commit, see npm run report:reliability) from the figures the suites record.
    globalSetup: ['test/setup/build-cli.ts', 'test/reliability/report-setup.ts'],
  },
});
