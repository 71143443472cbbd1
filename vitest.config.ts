import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Writes test/reliability/REPORT.md from the figures the reliability and fuzz suites record.
    globalSetup: ['test/reliability/report-setup.ts'],
  },
});
