import type { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { Journey } from '../../../shared/model';
import type { ScenarioInput, SimulationResult } from '../../../shared/simulation';
import { SimulationCancelled } from './engine';
import type { PartResult } from './parts';
import type { PoolJob, PoolMessage } from './pool-protocol';
import { accountCount, type AccountRange } from './population';
import { outOfMemory, startWorker, WORKER_HEAP_MB } from './start-worker';
import { parseScenario, resultFromParts } from './simulate';

/** Options of one pooled run. */
export interface PoolRunOptions {
  onProgress?: (fraction: number) => void;
  names?: Readonly<Record<string, string>>;
  /** Set index 0 of an Int32Array over it to 1 to cancel. */
  cancel?: SharedArrayBuffer;
}

/** Splits accounts 0..total-1 into `parts` contiguous ranges of (nearly) equal size. */
export function partition(total: number, parts: number): AccountRange[] {
  return Array.from({ length: parts }, (_, i) => ({
    from: Math.floor((i * total) / parts),
    to: Math.floor(((i + 1) * total) / parts),
  }));
}

/**
 * A pool of simulator worker threads. A run is split into one contiguous range of accounts per
 * worker; each range runs on its own (every profile draws from its own random stream), and the
 * parts are added up in range order, so the result is the same document `simulate` gives, for
 * any number of workers. Workers stay up between runs until `close()`.
 */
export class SimulationPool {
  private readonly workers: Worker[];
  private nextJob = 0;
  private readonly waiting = new Map<number, (m: PoolMessage) => void>();
  private readonly rejecters = new Map<number, (e: Error) => void>();
  private failure: Error | null = null;

  constructor(
    readonly size: number,
    private readonly heapMb = WORKER_HEAP_MB,
  ) {
    this.workers = Array.from({ length: size }, () => {
      const w = startWorker('pool-worker', null, heapMb);
      w.on('message', (m: PoolMessage) => this.waiting.get(m.job)?.(m));
      w.on('error', (e: NodeJS.ErrnoException) =>
        this.fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(this.heapMb) : e),
      );
      w.on('exit', (code) =>
        this.fail(new AppError('internal', `A simulator worker stopped (exit code ${code}).`)),
      );
      return w;
    });
  }

  /** Simulates `journey` across the pool; rejects with SimulationCancelled or an AppError. */
  async run(
    journey: Journey,
    scenarioInput: ScenarioInput,
    options: PoolRunOptions = {},
  ): Promise<SimulationResult> {
    const started = performance.now();
    // Refuse bad input here, before any worker starts on it.
    const scenario = parseScenario(scenarioInput, journey.nodes.length, journey.edges.length);
    const ranges = partition(accountCount(scenario), this.size);
    const cancel = options.cancel ?? new SharedArrayBuffer(4);
    const progress = new Float64Array(ranges.length);
    const parts = await Promise.all(
      ranges.map((range, i) =>
        this.job(
          i,
          { journey, scenario: scenarioInput, range, cancel, names: options.names ?? {} },
          (f) => {
            progress[i] = f;
            options.onProgress?.(progress.reduce((a, b) => a + b, 0) / ranges.length);
          },
        ),
      ),
    ).catch((e: unknown) => {
      // One part failed: stop the others too.
      Atomics.store(new Int32Array(cancel), 0, 1);
      throw e;
    });
    return resultFromParts(journey, scenarioInput, parts, started, { names: options.names });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.fail(new SimulationCancelled());
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private job(
    worker: number,
    job: Omit<PoolJob, 'id'>,
    onProgress: (fraction: number) => void,
  ): Promise<PartResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextJob++;
    return new Promise<PartResult>((resolve, reject) => {
      this.waiting.set(id, (m) => {
        if (m.type === 'progress') return onProgress(m.fraction);
        this.waiting.delete(id);
        this.rejecters.delete(id);
        if (m.type === 'part') resolve(m.part);
        else if (m.type === 'cancelled') reject(new SimulationCancelled());
        else if (m.type === 'error')
          reject(new AppError(m.error.code, m.error.message, m.error.field));
      });
      this.rejecters.set(id, reject);
      this.workers[worker].postMessage({ id, ...job } satisfies PoolJob);
    });
  }

  /** A worker died: every run in flight fails with why, and so does every later one. */
  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    for (const [id, reject] of this.rejecters) if (this.waiting.delete(id)) reject(e);
    this.rejecters.clear();
  }
}
