import { describe, expect, it } from 'vitest';
import { deterministicPart } from '../../../shared/simulation';
import {
  SimulationCancelled,
  runSimulationInWorker,
  simulate,
} from '../../../electron/core/simulator';
import { action, chain, entry, exit, journey, synthScenario, wait } from './build';

const j = journey(
  [entry(), action('a', 'change-score', { scoreName: 's', change: 1 }), wait('w', 1), exit()],
  chain('entry', 'a', 'w', 'exit'),
);

describe('simulation in a worker thread', () => {
  it('streams progress and returns the same result as in-process', async () => {
    const scenario = synthScenario(200_000, { entry: { pattern: 'perDay', perDay: 10_000 } });
    const progress: number[] = [];
    const run = runSimulationInWorker(j, scenario, { onProgress: (f) => progress.push(f) });
    const result = await run.result;
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect(JSON.stringify(deterministicPart(result))).toBe(
      JSON.stringify(deterministicPart(simulate(j, scenario))),
    );
  });

  it('cancels a running simulation', async () => {
    const run = runSimulationInWorker(
      j,
      synthScenario(3_000_000, { horizonDays: 3650, entry: { pattern: 'perDay', perDay: 1_000 } }),
      {
        onProgress: () => run.cancel(),
      },
    );
    await expect(run.result).rejects.toBeInstanceOf(SimulationCancelled);
  });

  it('a run that outgrows its heap fails on its own, with a clear error, and the process lives on', async () => {
    const run = runSimulationInWorker(j, synthScenario(3_000_000, { horizonDays: 30 }), {
      heapMb: 8,
    });
    await expect(run.result).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/needed more than 8 MB/),
    });
    const small = await runSimulationInWorker(j, synthScenario(1_000)).result;
    expect(small.profiles.admitted).toBe(1_000);
  });

  it('reports invalid scenarios as errors', async () => {
    await expect(
      runSimulationInWorker(j, synthScenario(10, { horizonDays: 0 })).result,
    ).rejects.toThrow(/horizonDays/);
  });
});
