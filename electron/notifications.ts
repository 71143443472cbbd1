import type { SettledCall } from './ipc';

/** A run shorter than this finished while the user was still looking; no notification. */
export const LONG_RUN_MS = 10_000;

export interface NotificationText {
  title: string;
  body: string;
}

/**
 * The OS notification for a finished contract call, or null: only simulation runs that took long enough,
 * and only when the window is not focused (the app itself shows the result otherwise).
 */
export function notificationFor(call: SettledCall, windowFocused: boolean): NotificationText | null {
  if (windowFocused || call.elapsedMs < LONG_RUN_MS || !call.channel.startsWith('simulation.')) return null;
  if (call.errorMessage?.toLowerCase().includes('cancel')) return null;
  const seconds = Math.round(call.elapsedMs / 1000);
  return call.ok
    ? { title: 'Simulation finished', body: `The simulation finished after ${seconds} s. Open Journey Studio to see the results.` }
    : { title: 'Simulation failed', body: call.errorMessage ?? 'The simulation stopped with an error.' };
}
