import { parentPort } from 'node:worker_threads';
import { toErrorPayload } from '../../../shared/errors';
import { SimulationCancelled } from './engine';
import type { PoolJob, PoolMessage } from './pool-protocol';
import { simulatePart } from './simulate';

// Pool worker entry: stays up and simulates one range of accounts per job it is sent.
const post = (m: PoolMessage) => parentPort?.postMessage(m);
parentPort?.on('message', (job: PoolJob) => {
  const flag = new Int32Array(job.cancel);
  let last = -1;
  try {
    const part = simulatePart(job.journey, job.scenario, job.range, {
      names: job.names,
      shouldCancel: () => Atomics.load(flag, 0) === 1,
      onProgress: (fraction) => {
        if (fraction - last < 0.01 && fraction < 1) return;
        last = fraction;
        post({ type: 'progress', job: job.id, fraction });
      },
    });
    post({ type: 'part', job: job.id, part });
  } catch (e) {
    post(
      e instanceof SimulationCancelled
        ? { type: 'cancelled', job: job.id }
        : { type: 'error', job: job.id, error: toErrorPayload(e) },
    );
  }
});
