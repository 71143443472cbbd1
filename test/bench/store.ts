import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core';
import { dataPaths } from '../../electron/core/store/data-dir';
import { JourneyStore } from '../../electron/core/store/journey-store';
import { newJourney } from '../../shared/journeys/new-journey';
import type { Journey } from '../../shared/model';
import { median, round } from './stats';
import type { BenchModule, BenchRow } from './types';

/** A realistic 30-node journey document, so files have a real size (~15 kB). */
function sampleJourney(i: number): Journey {
  const base = newJourney({
    name: `Bench journey ${i}`,
    description: 'Benchmark journey',
    audience: 'people',
    user: 'bench',
    now: new Date(0),
  });
  const nodes = Array.from({ length: 30 }, (_, n) => ({
    id: `n${n}`,
    type: 'wait' as const,
    name: `Wait ${n}`,
    position: { x: 0, y: n * 120 },
    settings: {
      mode: 'duration' as const,
      duration: { amount: 1 + (n % 7), unit: 'days' as const },
    },
  }));
  const edges = nodes
    .slice(1)
    .map((node, n) => ({ id: `e${n}`, source: `n${n}`, sourceHandle: 'out', target: node.id }));
  return { ...base, nodes, edges };
}

const percentile = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** The same bytes written the bare way (temp, fsync, rename): what a save cannot beat. */
function bareAtomicWrite(path: string, text: string): void {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w');
  writeSync(fd, text);
  fsyncSync(fd);
  closeSync(fd);
  renameSync(temp, path);
}

async function measure(count: number, saves: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'journey-studio-bench-store-'));
  try {
    const core = await openCore({ dataDir: dir, mode: 'cli', empty: true, user: 'bench' });
    const store = core.context.store;
    const journeys: Journey[] = [];
    for (let i = 0; i < count; i++) journeys.push(await store.create(sampleJourney(i)));
    await core.close();

    const saveMs: number[] = [];
    const bareMs: number[] = [];
    const reopened = await openCore({ dataDir: dir, mode: 'cli', empty: true, user: 'bench' });
    for (let s = 0; s < saves; s++) {
      const j = journeys[(s * 7919) % journeys.length];
      const current = await reopened.context.store.get(j.id);
      const body = {
        description: `save ${s}`,
        nodes: current.nodes,
        edges: current.edges,
        content: current.content,
      };
      const t0 = performance.now();
      await reopened.dispatch('journeys.save', { id: j.id, baseRevision: current.revision, body });
      saveMs.push(performance.now() - t0);
      const t1 = performance.now();
      bareAtomicWrite(join(dir, 'bare.json'), JSON.stringify(current, null, 2));
      bareMs.push(performance.now() - t1);
    }
    const warm: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      await reopened.dispatch('journeys.list', {});
      warm.push(performance.now() - t);
    }
    await reopened.close();

    const cold: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      const store2 = await JourneyStore.open(dataPaths(dir));
      store2.list();
      cold.push(performance.now() - t);
    }
    const p50 = percentile(saveMs, 50);
    const p95 = percentile(saveMs, 95);
    const bare95 = percentile(bareMs, 95);
    const at = `${count} journeys`;
    return [
      {
        name: `save p50, ${at}`,
        figure: round(p50, 2),
        unit: 'ms',
        baseline: round(percentile(bareMs, 50), 2),
        ratio: round(p50 / percentile(bareMs, 50), 2),
        budget: '',
        pass: null,
      },
      {
        name: `save p95, ${at}`,
        figure: round(p95, 2),
        unit: 'ms',
        baseline: round(bare95, 2),
        ratio: round(p95 / bare95, 2),
        budget: '< 20 ms',
        pass: p95 < 20,
      },
      {
        name: `list (open store + list), ${at}`,
        figure: round(median(cold), 1),
        unit: 'ms',
        baseline: null,
        ratio: null,
        budget: '< 100 ms',
        pass: median(cold) < 100,
      },
      {
        name: `list (journeys.list, warm), ${at}`,
        figure: round(median(warm), 2),
        unit: 'ms',
        baseline: null,
        ratio: null,
        budget: '',
        pass: null,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Store: save latency against a bare atomic write, and list time, at three library sizes. */
export const storeBench: BenchModule = {
  name: 'store',
  async run({ quick }) {
    const sizes = quick ? [100, 200] : [200, 1000, 2000];
    const rows: BenchRow[] = [];
    for (const size of sizes) rows.push(...(await measure(size, quick ? 40 : 200)));
    return rows;
  },
};
