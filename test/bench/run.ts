import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { buyingGroupBench, poolBench } from './buying-group';
import { bundlesBench } from './bundles';
import { canvasBench } from './canvas';
import { cliStartupBench } from './cli-startup';
import { hubBench } from './hub';
import { simulatorBench } from './simulator';
import { storeBench } from './store';
import type { BenchModule, BenchRow } from './types';

// `npm run bench` (node bin/run-ts.mjs test/bench/run.ts [--quick] [--out file]): runs every bench
// module, prints a table and writes bench-results.json. Add store, bundles, canvas… to MODULES.
const MODULES: BenchModule[] = [
  simulatorBench,
  buyingGroupBench,
  poolBench,
  storeBench,
  bundlesBench,
  canvasBench,
  cliStartupBench,
  hubBench,
];

const args = process.argv.slice(2);
// `--only cli` runs one part (by module name).
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : null;
const quick = args.includes('--quick');
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : 'bench-results.json';

const fmt = (x: number | null) => (x === null ? '—' : String(x));
const verdict = (p: boolean | null) => (p === null ? '' : p ? 'pass' : 'FAIL');

function printTable(rows: Array<BenchRow & { module: string }>): void {
  const cells = rows.map((r) => [
    r.module,
    r.name,
    `${r.figure} ${r.unit}`,
    fmt(r.baseline),
    fmt(r.ratio),
    r.budget,
    verdict(r.pass),
  ]);
  const head = ['part', 'what', 'figure', 'baseline', 'ratio', 'budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  cells.forEach((c) => console.log(line(c)));
}

const rows: Array<BenchRow & { module: string }> = [];
for (const m of MODULES.filter((x) => !only || x.name === only)) {
  console.error(`bench: ${m.name}${quick ? ' (quick)' : ''}…`);
  for (const row of await m.run({ quick })) rows.push({ module: m.name, ...row });
}
printTable(rows);
const cpus = os.cpus();
const machine = {
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  cpus: { count: cpus.length, model: cpus[0]?.model ?? 'unknown', speedMHz: cpus[0]?.speed ?? 0 },
  totalmemMb: Math.round(os.totalmem() / (1024 * 1024)),
  node: process.version,
};
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), quick, machine, rows }, null, 2)}\n`,
);
console.error(`bench: wrote ${out}`);
// A quick run is a smoke test (CI runs it so the bench never rots): it checks that every part
// runs, not the timings, which a loaded CI machine cannot promise.
if (!quick && rows.some((r) => r.pass === false)) process.exitCode = 1;
