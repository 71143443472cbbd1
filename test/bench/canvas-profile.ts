import { chromium, type CDPSession, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
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

// Not part of `npm run bench`: where a canvas gesture spends its time, for finding what to fix.
// `node bin/run-ts.mjs test/bench/canvas-profile.ts [nodes] [pan|zoom|drag] [--no-build]` prints the
// functions with the most self time (CDP sampling profiler) and the main-thread time by category
// (CDP Performance metrics) for the editor and for plain React Flow on the same graph and gesture.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

async function profiled(page: Page, cdp: CDPSession, gesture: () => Promise<unknown>) {
  await cdp.send('Performance.enable');
  const before = await metrics(cdp);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await gesture();
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const after = await metrics(cdp);
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  const delta = Object.fromEntries(
    Object.keys(after).map((k) => [k, Math.round((after[k] - before[k]) * 1000)]),
  );
  return { top, delta };
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const keep = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];
  return Object.fromEntries(
    list.filter((m) => keep.includes(m.name)).map((m) => [m.name, m.value]),
  );
}

const args = process.argv.slice(2);
const count = Number(args[0] ?? 1000);
const gesture = (args[1] ?? 'pan') as 'open' | 'pan' | 'zoom' | 'drag';
if (!args.includes('--no-build')) await buildPages(['--minify', 'false']);
const body = generateCanvasJourney(count);
const seeded = await seedDataDir([{ name: 'Profile', body }]);
const baseline = await serveBaseline({ p: plainGraph(body) });
const app = await serveApp(seeded.dataDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const [name, url] of [
    ['editor', app.url(`#/journeys/${seeded.ids[0]}`)],
    ['plain', baseline.url('p')],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const cdp = await page.context().newCDPSession(page);
    if (gesture !== 'open') await openTime(page, url);
    let frames: number[] = [];
    const run = async () => {
      frames =
        gesture === 'open'
          ? [await openTime(page, url)]
          : gesture === 'pan'
            ? await panFrames(page)
            : gesture === 'zoom'
              ? await zoomFrames(page)
              : await dragFrames(page, 'n3');
    };
    const { top, delta } = await profiled(page, cdp, run);
    const sorted = [...frames].sort((a, b) => a - b);
    console.log(
      `\n== ${name} ${gesture} ${count}: ${frames.length} frames, median ${sorted[sorted.length >> 1]?.toFixed(1)} p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(1)} ms; main thread (ms)`,
      delta,
    );
    for (const [k, ms] of top) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
    await page.close();
  }
} finally {
  await browser.close();
  await stopApp(app);
  baseline.server.close();
  rmSync(seeded.dataDir, { recursive: true, force: true });
}
