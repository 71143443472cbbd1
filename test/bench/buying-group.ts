import os from 'node:os';
import { simulate } from '../../electron/core/simulator';
import { SimulationPool } from '../../electron/core/simulator/pool';
import type { Scenario, ScenarioInput } from '../../shared/simulation';
import { templateJourney } from '../helpers/template-journey';
import { loadBaseline } from './baseline';
import { benchJourney, benchScenario } from './bench-journey';
import { median, round } from './stats';
import type { BenchModule, BenchOptions, BenchRow } from './types';

// Issue 21 / DESIGN section 8 "realistic simulation": the five journey templates (the account
// buying-group one with split by people + Merge paths; API enrichment with a Liquid gate and a
// custom Action mock) at 100,000 and 1,000,000 profiles/accounts, against the baseline at the
// same number of profiles run alternately with each template (median of each); and the worker
// pool on 2,000,000 profiles, 2 workers against 1.

const MIN_RATIO = 0.5;
const MIN_POOL_SPEEDUP = 1.7;
const MB_PER_MILLION = 1024;
const BASE = { days: 90, nodes: 30, seed: 7 };
const TEMPLATES = [
  'buying-group',
  'api-enrichment',
  'customer-onboarding',
  'lead-nurturing',
  'sales-handoff',
];

/** The template's own scenario with `size` accounts (people journeys: one person each), all entering at once. */
function atSize(
  id: string,
  size: number,
): { journey: ReturnType<typeof templateJourney>['journey']; scenario: ScenarioInput } {
  const { journey, scenario } = templateJourney(id);
  const synthetic = scenario.population as Extract<Scenario['population'], { kind: 'synthetic' }>;
  // Accounts keep 2–4 people (the template's 2–6 would pass the 5 M people limit at 1 M accounts).
  const peoplePerAccount = journey.audience === 'account' ? { min: 2, max: 4 } : { min: 1, max: 1 };
  return {
    journey,
    scenario: {
      ...scenario,
      traceProfiles: 0,
      entry: { pattern: 'allAtStart' },
      population: { ...synthetic, accounts: size, peoplePerAccount },
    },
  };
}

/** RSS now, in MB (sampled right after a run: the heap still holds its arrays). */
const rssMb = () => process.memoryUsage().rss / (1024 * 1024);

async function runTemplateBench(options: BenchOptions): Promise<BenchRow[]> {
  const b = await loadBaseline();
  const sizes = options.quick ? [20_000, 50_000] : [100_000, 1_000_000];
  const runsAt = (size: number) => (options.quick ? 1 : size >= 1_000_000 ? 3 : 5);
  const rows: BenchRow[] = [];
  for (const id of TEMPLATES) simulate(atSize(id, 5_000).journey, atSize(id, 5_000).scenario); // warm-up
  for (const size of sizes) {
    for (const id of TEMPLATES) {
      const { journey, scenario } = atSize(id, size);
      const tps: number[] = [];
      const baseTps: number[] = [];
      const wall: number[] = [];
      const load: number[] = [];
      let peak = 0;
      let label = '';
      // Baseline and template runs alternate, so each row's ratio compares runs made under the
      // same machine load (a baseline measured once per size drifted away from later templates).
      for (let i = 0; i < runsAt(size); i++) {
        load.push(os.loadavg()[0]);
        baseTps.push(b.runBaseline({ profiles: size, ...BASE }).transitionsPerSecond);
        const t0 = performance.now();
        const r = simulate(journey, scenario);
        const s = (performance.now() - t0) / 1000;
        peak = Math.max(peak, rssMb());
        wall.push(s);
        tps.push(r.transitions / s);
        const people =
          journey.audience === 'account'
            ? ` · ${(r.people?.admitted ?? 0).toLocaleString('en-US')} people`
            : '';
        label = `${id}, ${size.toLocaleString('en-US')} ${journey.audience === 'account' ? 'accounts' : 'profiles'}${people} (${r.transitions.toLocaleString('en-US')} transitions)`;
      }
      const base = median(baseTps);
      const ratio = median(tps) / base;
      rows.push({
        name: `template ${label}: throughput (load avg ${round(median(load), 1)} on ${os.cpus().length} cores)`,
        figure: round(median(tps) / 1e6),
        unit: 'M transitions/s',
        baseline: round(base / 1e6),
        ratio: round(ratio),
        budget: `≥ ${MIN_RATIO}× baseline`,
        pass: ratio >= MIN_RATIO,
      });
      rows.push({
        name: `template ${id}, ${size.toLocaleString('en-US')}: wall time (median of ${runsAt(size)})`,
        figure: round(median(wall)),
        unit: 's',
        baseline: null,
        ratio: null,
        budget: '—',
        pass: null,
      });
      const budgetMb = Math.max(1, size / 1e6) * MB_PER_MILLION;
      rows.push({
        name: `template ${id}, ${size.toLocaleString('en-US')}: peak RSS after a run (whole process)`,
        figure: round(peak, 1),
        unit: 'MB',
        baseline: null,
        ratio: null,
        budget: `≤ ${budgetMb} MB`,
        pass: peak <= budgetMb,
      });
    }
  }
  return rows;
}

/** 2,000,000 profiles of the bench journey on a pool of 2 workers against a pool of 1 (same run). */
async function poolRows(options: BenchOptions): Promise<BenchRow[]> {
  const b = await loadBaseline();
  const profiles = options.quick ? 200_000 : 2_000_000;
  const journey = benchJourney(b.journeyShape(BASE.nodes, BASE.seed));
  const scenario = benchScenario(profiles, BASE.days, BASE.seed);
  const one = new SimulationPool(1);
  const two = new SimulationPool(2);
  const times: Record<1 | 2, number[]> = { 1: [], 2: [] };
  const load: number[] = [];
  // The workers are threads of this process: its RSS, sampled while they run, is the pool's peak.
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
  try {
    await one.run(journey, benchScenario(20_000, BASE.days, BASE.seed)); // warm-up
    await two.run(journey, benchScenario(20_000, BASE.days, BASE.seed));
    for (let i = 0; i < (options.quick ? 1 : 3); i++) {
      for (const [n, pool] of [
        [1, one],
        [2, two],
      ] as const) {
        load.push(os.loadavg()[0]);
        const t0 = performance.now();
        await pool.run(journey, scenario);
        times[n].push((performance.now() - t0) / 1000);
      }
    }
  } finally {
    clearInterval(sampler);
    await Promise.all([one.close(), two.close()]);
  }
  const speedup = median(times[1]) / median(times[2]);
  const label = profiles.toLocaleString('en-US');
  return [
    {
      name: `worker pool, ${label} profiles: 2 workers vs 1 (load avg ${round(median(load), 1)} on ${os.cpus().length} cores)`,
      figure: round(median(times[2])),
      unit: 's',
      baseline: round(median(times[1])),
      ratio: round(speedup),
      budget: `≥ ${MIN_POOL_SPEEDUP}× faster`,
      pass: speedup >= MIN_POOL_SPEEDUP,
    },
    {
      name: `worker pool, ${label} profiles: peak RSS while it runs (whole process)`,
      figure: round(peak, 1),
      unit: 'MB',
      baseline: null,
      ratio: null,
      budget: `≤ ${Math.max(1, profiles / 1e6) * MB_PER_MILLION} MB`,
      pass: peak <= Math.max(1, profiles / 1e6) * MB_PER_MILLION,
    },
  ];
}

/** The realistic-templates part of `npm run bench`. */
export const buyingGroupBench: BenchModule = { name: 'templates', run: runTemplateBench };

/** The worker-pool part (`--only pool` measures it alone, e.g. on a quiet machine). */
export const poolBench: BenchModule = { name: 'pool', run: poolRows };
