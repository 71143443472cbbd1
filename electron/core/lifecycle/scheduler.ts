import { isStartDue, startIfDue } from '../../../shared/lifecycle';
import type { CoreContext } from '../context';
import { softStopReplaced } from './soft-stop';

/** Who the history names when a scheduled start moves a journey to Live. */
export const SCHEDULER = 'Scheduler';

// setTimeout's longest delay; a later start simply re-arms when the timer fires.
const MAX_DELAY_MS = 2 ** 31 - 1;

export interface Scheduler {
  /** Moves every Scheduled journey whose start has passed to Live, then re-arms the timer. */
  startDue: () => Promise<void>;
}

/**
 * Scheduled -> Live is written to the store (with history), never only computed on read:
 * at core start, before every lifecycle action, and by a timer in long-running processes.
 */
export function createScheduler(ctx: CoreContext): Scheduler {
  let timer: NodeJS.Timeout | undefined;

  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const starts = ctx.store
      .list()
      .filter((j) => j.status === 'Scheduled' && j.scheduledStart)
      .map((j) => Date.parse(j.scheduledStart as string));
    if (starts.length === 0) return;
    const delay = Math.min(MAX_DELAY_MS, Math.max(0, Math.min(...starts) - ctx.now().getTime()));
    // The timer is the one writer that is not a channel: it enters the same write queue.
    timer = setTimeout(() => void ctx.writes.run(startDue).catch(() => undefined), delay);
    timer.unref?.(); // never keeps a CLI process alive
  };

  const startDue = async () => {
    const now = ctx.now();
    const actor = { by: SCHEDULER, at: now };
    for (const summary of ctx.store.list()) {
      if (!isStartDue(summary, now)) continue;
      const started = await ctx.store.update(summary.id, null, (current) =>
        startIfDue(current, actor),
      );
      if (started.status === 'Live') await softStopReplaced(ctx, started, actor);
    }
    arm();
  };

  return { startDue };
}
