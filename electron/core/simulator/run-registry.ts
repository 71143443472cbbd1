import { AppError, toErrorPayload } from '../../../shared/errors';
import type { Journey } from '../../../shared/model';
import type { Scenario, SimulationResult, SimWarning } from '../../../shared/simulation';
import type { RunState, RunStatus } from '../../../shared/contract/simulation';
import { SimulationCancelled } from './engine';
import { runSimulationInWorker, type SimulationRun, type WorkerRunOptions } from './run-in-worker';

/** One simulation of a run; a soft stop rehearsal has two (current version, then the new one). */
export interface RunJob {
  journey: Journey;
  scenario: Scenario;
  /** Display names of referenced ids, for traces. */
  names?: Readonly<Record<string, string>>;
  /** Warnings found before the run from what only the core knows (an Entry's missing audience). */
  warnings?: readonly SimWarning[];
}

type Runner = (journey: Journey, scenario: Scenario, options: WorkerRunOptions) => SimulationRun;

interface Entry {
  status: RunStatus;
  current: SimulationRun | null;
  cancelled: boolean;
}

const KEEP_FINISHED = 20;
/** Workers running at once; more would only share the same cores and multiply memory. */
const MAX_CONCURRENT = 2;

/**
 * Runs simulations in worker threads and keeps their status for polling. Finished runs are kept
 * (the last few) so a client that polls late still gets its result.
 */
export class SimulationRuns {
  private readonly runs = new Map<string, Entry>();
  private seq = 0;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly runner: Runner = runSimulationInWorker) {}

  /** Starts the jobs one after another; returns the run id at once. */
  start(journeyId: string, jobs: RunJob[]): string {
    const runId = `run-${Date.now().toString(36)}-${++this.seq}`;
    const entry: Entry = {
      status: { runId, journeyId, state: 'running', progress: 0 },
      current: null,
      cancelled: false,
    };
    this.runs.set(runId, entry);
    this.evict();
    void this.execute(entry, jobs);
    return runId;
  }

  /** The status of a run, or not_found. */
  status(runId: string): RunStatus {
    return this.entry(runId).status;
  }

  /** Asks a running run to stop; returns its state (a finished run keeps its state). */
  cancel(runId: string): { runId: string; state: RunState } {
    const entry = this.entry(runId);
    if (entry.status.state === 'running') {
      entry.cancelled = true;
      entry.current?.cancel();
    }
    return { runId, state: entry.status.state };
  }

  /** Cancels every running run (on shutdown). */
  cancelAll(): void {
    for (const id of this.runs.keys()) this.cancel(id);
  }

  private entry(runId: string): Entry {
    const entry = this.runs.get(runId);
    if (!entry)
      throw new AppError(
        'not_found',
        `No simulation run "${runId}" (finished runs are kept for a while only).`,
        'runId',
      );
    return entry;
  }

  /** Waits for a free worker slot (runs beyond MAX_CONCURRENT wait, reported as running at 0 %). */
  private async acquire(): Promise<void> {
    if (this.active < MAX_CONCURRENT) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot to the next waiting run, or frees it. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }

  private async execute(entry: Entry, jobs: RunJob[]): Promise<void> {
    const results: SimulationResult[] = [];
    await this.acquire();
    try {
      for (const [i, job] of jobs.entries()) {
        if (entry.cancelled) throw new SimulationCancelled();
        const onProgress = (f: number) =>
          (entry.status = { ...entry.status, progress: Math.min(1, (i + f) / jobs.length) });
        entry.current = this.runner(job.journey, job.scenario, { onProgress, names: job.names });
        const result = await entry.current.result;
        results.push(
          job.warnings?.length
            ? { ...result, warnings: [...job.warnings, ...result.warnings] }
            : result,
        );
      }
      entry.status = {
        ...entry.status,
        state: 'done',
        progress: 1,
        result: results[0],
        successor: results[1],
      };
    } catch (e) {
      entry.status =
        e instanceof SimulationCancelled || entry.cancelled
          ? { ...entry.status, state: 'cancelled' }
          : { ...entry.status, state: 'failed', error: toErrorPayload(e) };
    } finally {
      entry.current = null;
      this.release();
    }
  }

  private evict(): void {
    const finished = [...this.runs.entries()].filter(([, e]) => e.status.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
      this.runs.delete(id);
  }
}
