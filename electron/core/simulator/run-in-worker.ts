import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { Journey } from '../../../shared/model';
import type { ScenarioInput, SimulationResult } from '../../../shared/simulation';
import { SimulationCancelled } from './engine';
import type { WorkerInput, WorkerMessage } from './worker-protocol';

/** The simulator worker's heap ceiling (DESIGN budget: 1 GB for 500,000 profiles; room to spare). */
export const WORKER_HEAP_MB = 1536;

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

/**
 * Starts a worker entry beside this module (`worker`, `pool-worker`). A .ts entry (dev, tests,
 * CLI through tsx) is loaded after registering tsx inside the worker: Node 20 ignores `--import`
 * in a worker's execArgv.
 */
export function startWorker(entry: string, workerData: unknown, heapMb: number): Worker {
  // A heap ceiling of its own: a run that outgrows it fails as this run (ERR_WORKER_OUT_OF_MEMORY)
  // instead of taking the whole app down, which is what V8 does to a worker without one.
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL(`./${entry}.js`, import.meta.url), { workerData, resourceLimits });
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const file = JSON.stringify(new URL(`./${entry}.ts`, import.meta.url).href);
  const code = `import(${api}).then((m) => { m.register(); return import(${file}); });`;
  return new Worker(code, { eval: true, workerData, resourceLimits });
}

/** The error a worker that ran out of heap fails its run with. */
export function outOfMemory(heapMb: number): AppError {
  return new AppError(
    'invalid_input',
    `The simulation needed more than ${heapMb} MB; simulate a smaller population or a shorter horizon.`,
    'scenario',
  );
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
