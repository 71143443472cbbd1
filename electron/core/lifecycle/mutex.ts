/** Runs tasks one at a time, so a check and the write it guards see the same state. */
export function createMutex(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

const byKey = new Map<string, <T>(task: () => Promise<T>) => Promise<T>>();

/**
 * The one mutex of a key (a file path) in this process: every store object that reads, changes
 * and rewrites the same file queues on it, however many of them are open.
 */
export function mutexFor(key: string): <T>(task: () => Promise<T>) => Promise<T> {
  let mutex = byKey.get(key);
  if (!mutex) {
    mutex = createMutex();
    byKey.set(key, mutex);
  }
  return mutex;
}
