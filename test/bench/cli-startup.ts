import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchModule, BenchRow } from './types';

// Cold start of `journey-studio call journeys.list` against a bare `node -e 0` on the same
// machine, in the same run (issue 20: at most 3x). Runs alternate so load hits both alike;
// the median of each is compared. The first call after a build writes the V8 code cache
// (bin/run-with-code-cache.mjs); a second row shows a start without it.

const BIN = fileURLToPath(new URL('../../bin/journey-studio.mjs', import.meta.url));
const BUDGET_RATIO = 3;
const BUILT = new URL('../../dist/cli/cli.cjs', import.meta.url);
const CODE_CACHE = `${fileURLToPath(BUILT)}.v8-cache`;

/** Wall time of one process run, in ms; throws when it fails. */
function timed(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, JOURNEY_STUDIO_TSX: '' },
  });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const cliStartupBench: BenchModule = {
  name: 'cli',
  async run({ quick }): Promise<BenchRow[]> {
    if (!existsSync(BUILT))
      throw new Error('No CLI build: run npm run build:cli first (npm run bench does).');
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
    try {
      const call = [BIN, 'call', 'journeys.list', '--data-dir', dataDir];
      timed(call); // first start creates the data directory with the demo workspace: not what is measured
      const runs = quick ? 3 : 15;
      const node: number[] = [];
      const cli: number[] = [];
      const uncached: number[] = [];
      for (let i = 0; i < runs; i++) {
        node.push(timed(['-e', '0']));
        cli.push(timed(call));
        rmSync(CODE_CACHE, { force: true });
        uncached.push(timed(call)); // writes the cache again for the next cached run
      }
      const baseline = median(node);
      const figure = median(cli);
      const ratio = Math.round((figure / baseline) * 100) / 100;
      const withoutCache = median(uncached);
      return [
        {
          name: 'cold `journey-studio call journeys.list` (median) vs `node -e 0`',
          figure: Math.round(figure),
          unit: 'ms',
          baseline: Math.round(baseline),
          ratio,
          budget: `≤ ${BUDGET_RATIO}× node -e 0`,
          pass: quick ? null : ratio <= BUDGET_RATIO,
        },
        {
          name: 'the same, first call after a build (no V8 code cache yet)',
          figure: Math.round(withoutCache),
          unit: 'ms',
          baseline: Math.round(baseline),
          ratio: Math.round((withoutCache / baseline) * 100) / 100,
          budget: 'information',
          pass: null,
        },
      ];
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
