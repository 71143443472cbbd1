import { z } from 'zod';
import type { SettledCall } from './ipc';

/** A run shorter than this finished while the user was still looking; no notification. */
export const LONG_RUN_MS = 10_000;

export interface NotificationText {
  title: string;
  body: string;
}

// Only the fields this needs, so a richer status from the simulator never breaks notifications.
const Started = z.object({ runId: z.string() });
const Status = z.object({
  runId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  error: z.object({ message: z.string() }).optional(),
});

/**
 * Watches the simulation channels going through IPC (`simulation.start` returns a run id, the renderer polls
 * `simulation.status`) and says when a long run has ended, so main can show an OS notification.
 * Quiet when the window is focused (the app shows the result) and for cancelled runs.
 */
export class LongRunNotifier {
  private readonly started = new Map<string, number>();

  constructor(private readonly minMs: number = LONG_RUN_MS) {}

  /** Feeds one settled call; returns the notification to show now, if any. */
  observe(call: SettledCall, now: number, windowFocused: boolean): NotificationText | null {
    if (!call.ok) return null;
    if (call.channel === 'simulation.start') {
      const started = Started.safeParse(call.output);
      if (started.success) this.started.set(started.data.runId, now - call.elapsedMs);
      return null;
    }
    if (call.channel !== 'simulation.status') return null;
    const status = Status.safeParse(call.output);
    if (!status.success || status.data.state === 'running') return null;
    const startedAt = this.started.get(status.data.runId);
    if (startedAt === undefined) return null;
    this.started.delete(status.data.runId);
    const elapsed = now - startedAt;
    if (windowFocused || elapsed < this.minMs || status.data.state === 'cancelled') return null;
    const seconds = Math.round(elapsed / 1000);
    return status.data.state === 'done'
      ? { title: 'Simulation finished', body: `The simulation finished after ${seconds} s. Open Journey Studio to see the results.` }
      : { title: 'Simulation failed', body: status.data.error?.message ?? 'The simulation stopped with an error.' };
  }
}
