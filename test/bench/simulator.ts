import { simulate } from '../../electron/core/simulator';
import { loadBaseline, type BaselineModule } from './baseline';
import { benchJourney, benchScenario } from './bench-journey';
import { heapMb, median, peakRssMb, round } from './stats';
import type { BenchModule, BenchOptions, BenchRow } from './types';

const NODES = 30;
const DAYS = 90;
const SEED = 7;
const MIN_RATIO = 0.2;
const WALL_BUDGET_S = 3;
const BUDGET_PROFILES = 500_000;
const MEMORY_BUDGET_MB = 1024;

interface SizeRun {
  profiles: number;
  simTps: number;
  baseTps: number;
  wallS: number;
  transitions: number;
}

/** Baseline and simulator on the same shape, alternating, `runs` times; medians. */
function measure(b: BaselineModule, profiles: number, runs: number): SizeRun {
  const journey = benchJourney(b.journeyShape(NODES, SEED));
  const scenario = benchScenario(profiles, DAYS, SEED);
  const sim: number[] = [];
  const base: number[] = [];
  const wall: number[] = [];
  let transitions = 0;
  for (let i = 0; i < runs; i++) {
    base.push(
      b.runBaseline({ profiles, days: DAYS, nodes: NODES, seed: SEED }).transitionsPerSecond,
    );
    const t0 = performance.now();
    const r = simulate(journey, scenario);
    const s = (performance.now() - t0) / 1000;
    transitions = r.transitions;
    wall.push(s);
    sim.push(r.transitions / s);
  }
  return { profiles, simTps: median(sim), baseTps: median(base), wallS: median(wall), transitions };
}

/** Runs the simulator benchmark (DESIGN.md section 8) and returns its rows. */
export async function runSimulatorBench(options: BenchOptions): Promise<BenchRow[]> {
  const b = await loadBaseline();
  const sizes: Array<[number, number]> = options.quick
    ? [
        [10_000, 3],
        [50_000, 3],
      ]
    : [
        [10_000, 5],
        [100_000, 3],
        [500_000, 3],
      ];
  const rows: BenchRow[] = [];
  let peakHeap = 0;
  measure(b, 10_000, 1); // warm-up: JIT both loops before timing
  for (const [profiles, runs] of sizes) {
    const m = measure(b, profiles, runs);
    peakHeap = Math.max(peakHeap, heapMb());
    const ratio = m.simTps / m.baseTps;
    const label = profiles.toLocaleString('en-US');
    rows.push({
      name: `simulator throughput, ${label} profiles (${m.transitions.toLocaleString('en-US')} transitions)`,
      figure: round(m.simTps / 1e6),
      unit: 'M transitions/s',
      baseline: round(m.baseTps / 1e6),
      ratio: round(ratio),
      budget: `≥ ${MIN_RATIO}× baseline`,
      pass: ratio >= MIN_RATIO,
    });
    const atBudget = profiles === BUDGET_PROFILES;
    rows.push({
      name: `simulator wall time, ${label} profiles × ${NODES} nodes × ${DAYS} days`,
      figure: round(m.wallS),
      unit: 's',
      baseline: null,
      ratio: null,
      budget: atBudget
        ? `≤ ${WALL_BUDGET_S} s`
        : `(budget at ${BUDGET_PROFILES.toLocaleString('en-US')})`,
      pass: atBudget ? m.wallS <= WALL_BUDGET_S : null,
    });
  }
  const rss = peakRssMb();
  rows.push({
    name: 'simulator bench peak RSS (whole process, baseline included)',
    figure: round(rss, 1),
    unit: 'MB',
    baseline: null,
    ratio: null,
    budget: `≤ ${MEMORY_BUDGET_MB} MB`,
    pass: rss <= MEMORY_BUDGET_MB,
  });
  rows.push({
    name: 'simulator bench peak heap used (sampled after each size)',
    figure: round(peakHeap, 1),
    unit: 'MB',
    baseline: null,
    ratio: null,
    budget: '—',
    pass: null,
  });
  return rows;
}

/** The simulator part of `npm run bench`. */
export const simulatorBench: BenchModule = { name: 'simulator', run: runSimulatorBench };
