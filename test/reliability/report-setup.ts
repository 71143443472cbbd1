import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAllFigures } from './figures';
import { renderReport } from './report';

const REPORT = fileURLToPath(new URL('./REPORT.md', import.meta.url));

/**
 * vitest global setup: when the run ends, REPORT.md is rewritten from the figures the suites
 * recorded, if any of them ran this time (a run of other tests leaves the report as it is).
 */
export function setup(): () => void {
  const started = new Date().toISOString();
  return () => {
    const figures = readAllFigures();
    if (!figures.some((f) => f.at >= started)) return;
    writeFileSync(REPORT, renderReport(figures, new Date()));
  };
}
