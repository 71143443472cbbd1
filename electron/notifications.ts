import { contract, type Channel } from '../shared/contract';
import type { SettledCall } from './ipc';

/** A run shorter than this finished while the user was still looking; no notification. */
export const LONG_RUN_MS = 10_000;

export interface NotificationText {
  title: string;
  body: string;
}

// The channels and their output schemas come from the contract; only the fields this needs are
// read (a finished status carries the whole result, which is not parsed again here).
const START = 'simulation.start' satisfies Channel;
const STATUS = 'simulation.status' satisfies Channel;
const Started = contract[START].output;
const Status = contract[STATUS].output.pick({ runId: true, state: true, error: true });

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
    if (call.channel === START) {
      const started = Started.safeParse(call.output);
      if (started.success) this.started.set(started.data.runId, now - call.elapsedMs);
      return null;
    }
    if (call.channel !== STATUS) return null;
    const status = Status.safeParse(call.output);
    if (!status.success || status.data.state === 'running') return null;
    const startedAt = this.started.get(status.data.runId);
    if (startedAt === undefined) return null;
    this.started.delete(status.data.runId);
    const elapsed = now - startedAt;
    if (windowFocused || elapsed < this.minMs || status.data.state === 'cancelled') return null;
    const seconds = Math.round(elapsed / 1000);
    return status.data.state === 'done'
      ? {
          title: 'Simulation finished',
          body: `The simulation finished after ${seconds} s. Open Journey Studio to see the results.`,
        }
      : {
          title: 'Simulation failed',
          body: status.data.error?.message ?? 'The simulation stopped with an error.',
        };
  }
}
