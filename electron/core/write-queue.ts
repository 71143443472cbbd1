import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The one sequential write path of a core: every write channel (see shared/contract/access.ts)
 * and the scheduler's timed starts run here, one at a time, so every invariant check (unique
 * names, base revisions, lifecycle rules, "delete refused while used") and the writes it guards
 * see the same state. Only writes wait here: network transfers and simulation runs happen outside.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly inside = new AsyncLocalStorage<true>();

  /**
   * Runs `task` after every write queued before it. A task already running in the queue that
   * calls `run` again (a lifecycle action applying due scheduled starts) runs the inner task
   * directly instead of waiting for itself.
   */
  run<T>(task: () => Promise<T>): Promise<T> {
    if (this.inside.getStore()) return task();
    const start = () => this.inside.run(true, task);
    const run = this.tail.then(start, start);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every write queued so far has finished (failed ones included). */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
  }
}
