import { chromium, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { measureAppStart } from './app-start';
import { generateCanvasJourney } from './canvas-graph';
import { dragFrames, openTime, panFrames, zoomFrames } from './canvas-frames';
import {
  buildPages,
  plainGraph,
  seedDataDir,
  serveApp,
  serveBaseline,
  stopApp,
} from './canvas-servers';
import { median, percentile, round } from './stats';
import type { BenchModule, BenchRow } from './types';

// DESIGN.md section 8 / issue 21: opening, panning, zooming and dragging in a 1,000-node journey
// ≤ 1.2 × plain @xyflow/react on the same graph in the same run; a 5,000-node journey ≤ 1.5 ×.
const BUDGET_NODES = 1_000;
const BUDGET_RATIO = 1.2;
const LARGE_NODES = 5_000;
const LARGE_RATIO = 1.5;
/** A node a few steps below the Entry: in view on both pages' first view. */
const DRAG_NODE = 'n3';

interface Samples {
  open: number[];
  pan: number[];
  zoom: number[];
  drag: number[];
}

const empty = (): Samples => ({ open: [], pan: [], zoom: [], drag: [] });

/** One round on one page: open it, then pan, zoom and drag (each on a fresh load, same first view). */
async function round1(page: Page, url: string, into: Samples, gestures: boolean): Promise<void> {
  into.open.push(await openTime(page, url));
  if (!gestures) return;
  into.pan.push(...(await panFrames(page)));
  into.zoom.push(...(await zoomFrames(page)));
  await openTime(page, url);
  into.drag.push(...(await dragFrames(page, DRAG_NODE)));
}

/** Rounds alternate editor / plain so both see the same machine load; a first round warms up when asked. */
async function compare(
  page: Page,
  appUrl: string,
  baseUrl: string,
  runs: number,
  drag: boolean,
  warmUp: boolean,
): Promise<{ app: Samples; base: Samples }> {
  const app = empty();
  const base = empty();
  for (let r = warmUp ? 0 : 1; r <= runs; r++) {
    const a = r === 0 ? empty() : app;
    const b = r === 0 ? empty() : base;
    await round1(page, appUrl, a, true);
    await round1(page, baseUrl, b, true);
  }
  if (!drag) {
    app.drag = [];
    base.drag = [];
  }
  return { app, base };
}

function row(
  name: string,
  app: number,
  base: number,
  digits: number,
  limit: number | null,
  budget: string,
): BenchRow {
  const ratio = round(app / base, 2);
  return {
    name,
    figure: round(app, digits),
    unit: 'ms',
    baseline: round(base, digits),
    ratio,
    budget,
    pass: limit === null ? null : ratio <= limit,
  };
}

/** Rows for one size: open (median of runs), then median and p95 frame time of each gesture. */
function rows(
  count: number,
  runs: number,
  { app, base }: { app: Samples; base: Samples },
  limit: number | null,
): BenchRow[] {
  const budget = limit === null ? 'report (quick run)' : `≤ ${limit} × plain React Flow`;
  const out = [
    row(
      `${count} nodes: open (median of ${runs})`,
      median(app.open),
      median(base.open),
      0,
      limit,
      budget,
    ),
  ];
  for (const g of ['pan', 'zoom', 'drag'] as const) {
    if (app[g].length === 0) continue;
    out.push(
      row(`${count} nodes: ${g} frame, median`, median(app[g]), median(base[g]), 1, limit, budget),
      row(
        `${count} nodes: ${g} frame, p95`,
        percentile(app[g], 0.95),
        percentile(base[g], 0.95),
        1,
        limit,
        budget,
      ),
    );
  }
  return out;
}

async function measure(quick: boolean): Promise<BenchRow[]> {
  console.error('canvas: building the renderer and the baseline page…');
  await buildPages();
  const sizes = quick ? [200] : [BUDGET_NODES, LARGE_NODES];
  const bodies = [100, ...sizes].map((n) => ({
    name: `Canvas bench ${n}`,
    body: generateCanvasJourney(n),
  }));
  const graphs = Object.fromEntries(bodies.map((b) => [b.body.nodes.length, plainGraph(b.body)]));
  const seeded = await seedDataDir(bodies);
  const baseline = await serveBaseline(graphs);
  const app = await serveApp(seeded.dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const out: BenchRow[] = [];
    for (const [i, count] of sizes.entries()) {
      const large = count === LARGE_NODES;
      const runs = quick ? 1 : large ? 2 : 5;
      console.error(`canvas: ${count} nodes, ${runs} rounds…`);
      const samples = await compare(
        page,
        app.url(`#/journeys/${encodeURIComponent(seeded.ids[i + 1])}`),
        baseline.url(String(bodies[i + 1].body.nodes.length)),
        runs,
        !large,
        // The browser and both pages are warm after the first size.
        i === 0,
      );
      const limit = quick ? null : large ? LARGE_RATIO : BUDGET_RATIO;
      out.push(...rows(count, runs, samples, limit));
    }
    await stopApp(app);
    console.error('canvas: app start…');
    out.push(
      ...(await measureAppStart(browser, {
        dataDir: seeded.dataDir,
        journeyId: seeded.ids[0],
        referenceUrl: baseline.url(String(bodies[0].body.nodes.length)),
        runs: quick ? 1 : 5,
      })),
    );
    return out;
  } finally {
    await browser.close();
    await stopApp(app);
    baseline.server.close();
    rmSync(seeded.dataDir, { recursive: true, force: true });
  }
}

/** The editor's canvas against plain @xyflow/react on the same graph, same Chromium run. */
export const canvasBench: BenchModule = {
  name: 'canvas',
  run: ({ quick }) => measure(quick),
};
