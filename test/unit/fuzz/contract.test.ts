import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import type { JourneySummary } from '../../../shared/model';
import { recordFigures } from '../../reliability/figures';
import { scaled, SEED } from '../../reliability/scale';
import { useTempDirs } from '../../helpers/temp-dir';
import { preview, settle, statSnapshot, unclearError } from './fuzz-helpers';
import { mutated, hostileValue } from './mutations';
import { arbitraryFor, inputSchemaOf, type KnownValues } from './schema-arbitrary';
import { call } from '../helpers/call';

// Every channel gets this many cases; the surface total is what the report counts.
const RUNS_PER_CHANNEL = scaled(60);
const CALL_LIMIT_MS = 5_000;
const tempDir = useTempDirs();
const figures = { cases: 0, ok: 0, refused: 0, failures: 0, started: performance.now() };

afterAll(() => {
  recordFigures({
    surface: 'contract',
    title: 'Contract inputs (every channel, through the validating dispatch)',
    cases: figures.cases,
    failures: figures.failures,
    seconds: Math.round((performance.now() - figures.started) / 100) / 10,
    details: {
      channels: CHANNELS.length,
      'cases per channel': RUNS_PER_CHANNEL,
      'calls that succeeded': figures.ok,
      'calls refused with a clear error': figures.refused,
    },
  });
});

/** Ids and names that exist in the demo data, so seeds reach the handlers, not only validation. */
function knownValues(journeys: JourneySummary[]): KnownValues {
  const ids = [...journeys.map((j) => j.id), 'no-such-journey'];
  return {
    id: ids,
    ids: ids,
    journeyId: ids,
    lineageId: [...new Set(journeys.map((j) => j.lineageId))],
    revision: [1, 2, 3],
    baseRevision: [1, 2],
  };
}

/**
 * Files a first use may create whatever the outcome (not a change of user data): the custom
 * actions' secret key is made on first use of any actions channel. Changing an existing one still fails.
 */
function lazyInit(file: string, before: Record<string, string>): boolean {
  return file === 'secrets.key' && before[file] === undefined;
}

/** One fuzz case: a clear error with nothing written, or a result matching the contract. Never a crash or a hang. */
async function check(core: Core, dir: string, channel: Channel, input: unknown): Promise<void> {
  figures.cases += 1;
  await core.context.store.flush();
  const before = statSnapshot(dir);
  const outcome = await settle(() => core.dispatch(channel, input), CALL_LIMIT_MS);
  if (outcome.kind === 'hang')
    throw new Error(`${channel} did not answer within ${CALL_LIMIT_MS} ms for ${preview(input)}`);
  if (outcome.kind === 'ok') {
    figures.ok += 1;
    const parsed = contract[channel].output.safeParse(outcome.value);
    if (!parsed.success)
      throw new Error(
        `${channel} returned an output that breaks its contract: ${parsed.error.issues[0]?.message}`,
      );
    return;
  }
  figures.refused += 1;
  const unclear = unclearError(outcome.error);
  if (unclear) throw new Error(`${channel}: ${unclear} for ${preview(input)}`);
  await core.context.store.flush();
  const after = statSnapshot(dir);
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (f) => before[f] !== after[f] && !lazyInit(f, before),
  );
  if (changed.length)
    throw new Error(
      `${channel} was refused (${preview(unclearError(outcome.error) ?? (outcome.error as Error).message)}) but changed ${changed.join(', ')}, for ${preview(input)}`,
    );
}

describe('contract fuzzing', () => {
  it.each(CHANNELS.map((c) => [c]))(
    '%s: any input gets a clear error or a valid result, and refusals change nothing',
    async (channel) => {
      const dir = tempDir();
      const core = await openCore({ dataDir: dir, mode: 'cli', user: 'fuzzer' });
      try {
        const journeys = await call(core, 'journeys.list', {});
        const seed = arbitraryFor(inputSchemaOf(contract[channel].input), knownValues(journeys));
        const input = fc.oneof(
          { weight: 2, arbitrary: seed },
          { weight: 5, arbitrary: mutated(seed) },
          { weight: 2, arbitrary: hostileValue },
        );
        await fc
          .assert(
            fc.asyncProperty(input, (value) => check(core, dir, channel, value)),
            { numRuns: RUNS_PER_CHANNEL, seed: SEED, endOnFailure: false },
          )
          .catch((error: unknown) => {
            figures.failures += 1;
            throw error;
          });
      } finally {
        await core.close();
      }
    },
    120_000,
  );
});
