import { parentPort, workerData } from 'node:worker_threads';
import { toErrorPayload } from '../../../shared/errors';
import { SimulationCancelled } from './engine';
import { simulate } from './simulate';
import type { WorkerInput, WorkerMessage } from './worker-protocol';

// Worker entry: runs one simulation and posts progress, then the result (or why not).
const input = workerData as WorkerInput;
const flag = new Int32Array(input.cancel);
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
let last = -1;
try {
  const result = simulate(input.journey, input.scenario, {
    names: input.names,
    shouldCancel: () => Atomics.load(flag, 0) === 1,
    onProgress: (fraction) => {
      if (fraction - last < 0.01 && fraction < 1) return;
      last = fraction;
      post({ type: 'progress', fraction });
    },
  });
  post({ type: 'result', result });
} catch (e) {
  post(
    e instanceof SimulationCancelled
      ? { type: 'cancelled' }
      : { type: 'error', error: toErrorPayload(e) },
  );
}
