import type { Browser, Page } from '@playwright/test';
import { waitReady } from './canvas-frames';
import { serveApp, stopApp } from './canvas-servers';
import { median, round } from './stats';
import type { BenchRow } from './types';

// Issue 21, app start: from `journey-studio serve` starting to the library drawn in Chromium, and
// the editor opening a 100-node journey, each against a fixed reference measured in the same run:
// loading the plain React Flow page with the same 100-node graph (navigation start → canvas-ready).

/** ms from navigation start to the page's `canvas-ready` mark. */
async function loadToReady(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await waitReady(page);
  return page.evaluate(() => performance.getEntriesByName('canvas-ready')[0].startTime);
}

/** ms from spawning `journey-studio serve` to its library table showing the first journey. */
async function serveToLibrary(page: Page, dataDir: string): Promise<number> {
  await page.goto('about:blank');
  const started = performance.now();
  const app = await serveApp(dataDir);
  try {
    await page.goto(app.url('#/journeys'));
    await page
      .getByRole('table', { name: 'Journeys' })
      .getByRole('row', { name: /Canvas bench 100\b/ })
      .waitFor({ timeout: 120_000 });
    return performance.now() - started;
  } finally {
    await stopApp(app);
  }
}

export async function measureAppStart(
  browser: Browser,
  opts: { dataDir: string; journeyId: string; referenceUrl: string; runs: number },
): Promise<BenchRow[]> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const reference: number[] = [];
  const library: number[] = [];
  const editor: number[] = [];
  try {
    // Alternating, first round dropped (cold caches).
    for (let r = 0; r <= opts.runs; r++) {
      const ref = await loadToReady(page, opts.referenceUrl);
      const lib = await serveToLibrary(page, opts.dataDir);
      const app = await serveApp(opts.dataDir);
      let ed: number;
      try {
        ed = await loadToReady(page, app.url(`#/journeys/${encodeURIComponent(opts.journeyId)}`));
      } finally {
        await stopApp(app);
      }
      if (r === 0) continue;
      reference.push(ref);
      library.push(lib);
      editor.push(ed);
    }
  } finally {
    await page.close();
  }
  const base = median(reference);
  const line = (name: string, xs: number[]): BenchRow => ({
    name,
    figure: round(median(xs), 0),
    unit: 'ms',
    baseline: round(base, 0),
    ratio: round(median(xs) / base, 2),
    budget: 'report (ref: plain React Flow page load, 100 nodes)',
    pass: null,
  });
  return [
    line(`app start: serve → library drawn (median of ${opts.runs})`, library),
    line(`app start: editor opens 100-node journey (median of ${opts.runs})`, editor),
  ];
}
