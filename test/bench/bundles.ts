import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportBundle } from '../../electron/core/bundles/export';
import { importBundle } from '../../electron/core/bundles/service';
import { addList, emptyCore, published } from '../unit/bundles/fixtures';
import { median } from './stats';
import type { BenchModule, BenchRow } from './types';

const BUDGET_S = 2;
const BUDGET_COUNT = 500;

/** Export of `count` published journeys from one store and import of the bundle into an empty one. */
async function measure(
  count: number,
): Promise<{ exportS: number; importS: number; bytes: number }> {
  const dirs = [
    mkdtempSync(join(tmpdir(), 'js-bench-src-')),
    mkdtempSync(join(tmpdir(), 'js-bench-dst-')),
  ];
  try {
    const source = await emptyCore(dirs[0]);
    await addList(source);
    const ids: string[] = [];
    for (let i = 0; i < count; i++)
      ids.push((await source.context.store.create(published(`Bench journey ${i + 1}`))).id);
    const target = await emptyCore(dirs[1]);
    const t0 = performance.now();
    const { bytes } = await exportBundle(source.context, { ids, includeVersions: false });
    const t1 = performance.now();
    const summary = await importBundle(target.context, bytes, 'skip');
    const t2 = performance.now();
    if (summary.created.length !== count)
      throw new Error(`bench import created ${summary.created.length} of ${count}`);
    await source.close();
    await target.close();
    return { exportS: (t1 - t0) / 1000, importS: (t2 - t1) / 1000, bytes: bytes.length };
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** DESIGN.md section 8: export + import of 500 journeys under 2 s. */
export const bundlesBench: BenchModule = {
  name: 'bundles',
  async run({ quick }): Promise<BenchRow[]> {
    const count = quick ? 100 : BUDGET_COUNT;
    // The median of several runs, so one slow fsync burst does not decide the figure.
    const runs = [];
    for (let r = 0; r < (quick ? 1 : 3); r++) runs.push(await measure(count));
    const exportS = median(runs.map((r) => r.exportS));
    const importS = median(runs.map((r) => r.importS));
    const bytes = runs[0].bytes;
    const total = exportS + importS;
    const atBudget = count === BUDGET_COUNT;
    const row = (
      name: string,
      figure: number,
      unit: string,
      budget: string,
      pass: boolean | null,
    ): BenchRow => ({ name, figure, unit, baseline: null, ratio: null, budget, pass });
    return [
      row(`export ${count} journeys`, round(exportS), 's', '', null),
      row(`import ${count} journeys (empty store)`, round(importS), 's', '', null),
      row(`bundle size, ${count} journeys`, round(bytes / 1024, 1), 'KiB', '', null),
      row(
        `export + import ${count} journeys`,
        round(total),
        's',
        atBudget ? `< ${BUDGET_S} s` : `< ${BUDGET_S} s at ${BUDGET_COUNT}`,
        atBudget ? total < BUDGET_S : null,
      ),
    ];
  },
};
