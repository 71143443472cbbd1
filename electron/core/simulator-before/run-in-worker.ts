import { availableParallelism } from 'node:os';
import { AppError } from '../../../shared/errors';
import type { Journey } from '../../../shared/model';
import type { ScenarioInput, SimulationResult } from '../../../shared/simulation';
import { SimulationCancelled } from './engine';
import { SimulationPool } from './pool';
import { accountCount } from './population';
import { parseScenario } from './simulate';
import { outOfMemory, startWorker, WORKER_HEAP_MB } from './start-worker';
import type { WorkerInput, WorkerMessage } from './worker-protocol';

export { WORKER_HEAP_MB } from './start-worker';

/** From this many accounts on, a run is split across a pool of workers (one per core, up to MAX_POOL). */
export const POOL_THRESHOLD = 500_000;
const MAX_POOL = 4;

/** How many workers a run gets: 1 below the threshold, on one core, or for input the worker will refuse. */
export function workersFor(journey: Journey, scenario: ScenarioInput): number {
  try {
    const parsed = parseScenario(scenario, journey.nodes.length, journey.edges.length);
    if (accountCount(parsed) < POOL_THRESHOLD) return 1;
  } catch {
    return 1;
  }
  return Math.max(1, Math.min(availableParallelism(), MAX_POOL));
}

/** A simulation running in a worker thread. */
export interface SimulationRun {
  /** Resolves with the result; rejects with SimulationCancelled or an AppError. */
  result: Promise<SimulationResult>;
  /** Asks the worker to stop; it is terminated if it does not within a second. */
  cancel(): void;
}

/** Options of a worker run. */
export interface WorkerRunOptions {
  onProgress?: (fraction: number) => void;
  /** The worker's heap ceiling in MB (default WORKER_HEAP_MB). */
  heapMb?: number;
  /** Display names of referenced ids, for traces. */
  names?: Readonly<Record<string, string>>;
}

/** Starts a simulation in a worker thread with progress messages and cancellation. */
export function runSimulationInWorker(
  journey: Journey,
  scenario: ScenarioInput,
  options: WorkerRunOptions = {},
): SimulationRun {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  const heapMb = options.heapMb ?? WORKER_HEAP_MB;
  const workers = workersFor(journey, scenario);
  if (workers > 1) {
    const pool = new SimulationPool(workers, heapMb);
    const run = pool.run(journey, scenario, { ...options, cancel });
    return {
      result: run.finally(() => void pool.close()),
      cancel() {
        Atomics.store(flag, 0, 1);
        setTimeout(() => void pool.close(), 1_000).unref();
      },
    };
  }
  const worker = startWorker(
    'worker',
    { journey, scenario, cancel, names: options.names ?? {} } satisfies WorkerInput,
    heapMb,
  );
  let settled = false;
  const result = new Promise<SimulationResult>((resolve, reject) => {
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') options.onProgress?.(m.fraction);
      else if (m.type === 'result') finish(() => resolve(m.result));
      else if (m.type === 'cancelled') finish(() => reject(new SimulationCancelled()));
      else finish(() => reject(new AppError(m.error.code, m.error.message, m.error.field)));
    });
    worker.on('error', (e: NodeJS.ErrnoException) =>
      finish(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(heapMb) : e)),
    );
    worker.on('exit', (code) =>
      finish(() =>
        Atomics.load(flag, 0) === 1
          ? reject(new SimulationCancelled())
          : reject(new AppError('internal', `The simulator stopped (exit code ${code}).`)),
      ),
    );
  });
  return {
    result,
    cancel() {
      Atomics.store(flag, 0, 1);
      setTimeout(() => void worker.terminate(), 1_000).unref();
    },
  };
}
