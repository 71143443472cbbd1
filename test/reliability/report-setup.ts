import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAllFigures } from './figures';
import { renderReport } from './report';

/**
 * Where the report goes: test-results/ (ignored) on every run, so `npm test` leaves the checkout
 * clean; the committed test/reliability/REPORT.md only with RELIABILITY_REPORT=commit, which
 * `npm run report:reliability` sets.
 */
const REPORT = fileURLToPath(
  process.env.RELIABILITY_REPORT === 'commit'
    ? new URL('./REPORT.md', import.meta.url)
    : new URL('../../test-results/reliability/REPORT.md', import.meta.url),
);

/**
 * vitest global setup: when the run ends, the report is rewritten from the figures the suites
 * recorded, if any of them ran this time (a run of other tests leaves the report as it is).
 */
export function setup(): () => void {
  const started = new Date().toISOString();
  return () => {
    const figures = readAllFigures();
    if (!figures.some((f) => f.at >= started)) return;
    mkdirSync(dirname(REPORT), { recursive: true });
    writeFileSync(REPORT, renderReport(figures, new Date()));
  };
}
