import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';

/** The simulator worker's heap ceiling (DESIGN budget: 1 GB for 500,000 profiles; room to spare). */
export const WORKER_HEAP_MB = 1536;

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
