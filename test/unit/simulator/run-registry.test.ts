import { describe, expect, it } from 'vitest';
import { SimulationRuns, type RunJob } from '../../../electron/core/simulator/run-registry';
import type { SimulationRun } from '../../../electron/core/simulator/run-in-worker';
import type { SimulationResult } from '../../../shared/simulation';

/** A runner whose runs finish when the test says so, counting how many run at once. */
function controlledRunner() {
  let running = 0;
  let most = 0;
  const finishers: (() => void)[] = [];
  const runner = (): SimulationRun => {
    running += 1;
    most = Math.max(most, running);
    let finish!: () => void;
    const result = new Promise<SimulationResult>((resolve) => {
      finish = () => {
        running -= 1;
        resolve({} as SimulationResult);
      };
    });
    finishers.push(finish);
    return { result, cancel: () => undefined };
  };
  return { runner, finishers, most: () => most };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('simulation runs', () => {
  it('runs at most two workers at once; the others wait their turn and still finish', async () => {
    const { runner, finishers, most } = controlledRunner();
    const runs = new SimulationRuns(runner);
    const ids = Array.from({ length: 5 }, () => runs.start('j', [{} as RunJob]));
    await tick();
    expect(finishers).toHaveLength(2);
    for (
      let round = 0;
      round < 10 && ids.some((id) => runs.status(id).state === 'running');
      round++
    ) {
      finishers.shift()?.();
      await tick();
    }
    expect(most()).toBe(2);
    expect(ids.map((id) => runs.status(id).state)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'done',
    ]);
  });

  it('a waiting run cancelled before its turn never starts a worker', async () => {
    const { runner, finishers } = controlledRunner();
    const runs = new SimulationRuns(runner);
    runs.start('j', [{} as RunJob]);
    runs.start('j', [{} as RunJob]);
    const third = runs.start('j', [{} as RunJob]);
    runs.cancel(third);
    await tick();
    finishers.shift()?.();
    await tick();
    await tick();
    expect(runs.status(third).state).toBe('cancelled');
    expect(finishers).toHaveLength(1);
  });
});
