import { demoWorkspace } from '../../electron/core/demo/demo-workspace';
import { simulate } from '../../electron/core/simulator';
import { newJourney } from '../../shared/journeys/new-journey';
import type { Journey } from '../../shared/model';
import type { Scenario } from '../../shared/simulation';
import { findTemplate } from '../../shared/templates';
import { loadBaseline } from './baseline';
import { heapMb, round } from './stats';
import type { BenchModule, BenchOptions, BenchRow } from './types';

// DESIGN section 8 "realistic simulation": the "Account-based buying group journey" template
// (split by people + merge, account and people actions) at 100,000 and 1,000,000 accounts,
// against the same-run typed-array baseline at the same number of profiles.

const MIN_RATIO = 0.5;
const BASE = { days: 90, nodes: 30, seed: 7 };

function buyingGroup(): { journey: Journey; scenario: Scenario } {
  const t = findTemplate('buying-group');
  if (!t) throw new Error('The buying-group template is missing');
  let n = 0;
  const built = t.build({
    makeId: () => `n${++n}`,
    workspace: demoWorkspace('bench'),
    customActionId: 'act-bench',
  });
  const journey: Journey = {
    ...newJourney({
      name: t.meta.title,
      description: '',
      audience: 'account',
      user: 'bench',
      now: new Date('2030-01-01T00:00:00Z'),
    }),
    ...built.body,
  };
  return { journey, scenario: { ...built.scenario, traceProfiles: 0 } as Scenario };
}

async function runBuyingGroupBench(options: BenchOptions): Promise<BenchRow[]> {
  const b = await loadBaseline();
  const { journey, scenario } = buyingGroup();
  const sizes = options.quick ? [20_000] : [100_000, 1_000_000];
  const rows: BenchRow[] = [];
  const synthetic = scenario.population as Extract<Scenario['population'], { kind: 'synthetic' }>;
  // The template's 2–6 people per account would be up to 6 M people at 1 M accounts, over the
  // simulator's 5 M people limit: 2–4 keeps every size within it.
  const at = (accounts: number): Scenario => ({
    ...scenario,
    population: { ...synthetic, accounts, peoplePerAccount: { min: 2, max: 4 } },
  });
  simulate(journey, at(5_000)); // warm-up
  for (const accounts of sizes) {
    const base = b.runBaseline({ profiles: accounts, ...BASE }).transitionsPerSecond;
    const t0 = performance.now();
    const r = simulate(journey, at(accounts));
    const wall = (performance.now() - t0) / 1000;
    const tps = r.transitions / wall;
    const ratio = tps / base;
    const label = `${accounts.toLocaleString('en-US')} accounts · ${(r.people?.admitted ?? 0).toLocaleString('en-US')} people`;
    rows.push({
      name: `buying-group template throughput, ${label}`,
      figure: round(tps / 1e6),
      unit: 'M transitions/s',
      baseline: round(base / 1e6),
      ratio: round(ratio),
      budget: `≥ ${MIN_RATIO}× baseline`,
      pass: options.quick ? null : ratio >= MIN_RATIO,
    });
    rows.push({
      name: `buying-group template wall time, ${label}`,
      figure: round(wall),
      unit: 's',
      baseline: null,
      ratio: null,
      budget: '—',
      pass: null,
    });
    rows.push({
      name: `buying-group template heap after run, ${label}`,
      figure: round(heapMb(), 1),
      unit: 'MB',
      baseline: null,
      ratio: null,
      budget: '—',
      pass: null,
    });
  }
  rows.push({
    name: 'buying-group bench peak RSS (whole process so far)',
    figure: round(process.resourceUsage().maxRSS / 1024, 1),
    unit: 'MB',
    baseline: null,
    ratio: null,
    budget: '≤ 1024 MB',
    pass: options.quick ? null : process.resourceUsage().maxRSS / 1024 <= 1024,
  });
  return rows;
}

/** The buying-group part of `npm run bench`. */
export const buyingGroupBench: BenchModule = { name: 'buying-group', run: runBuyingGroupBench };
