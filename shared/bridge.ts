import type { ErrorPayload } from './errors';

/** What every boundary answers to a contract call. */
export type Reply = { ok: true; output: unknown } | { ok: false; error: ErrorPayload };

/** What preload exposes on `window.journeyStudio` in the desktop app. */
export interface DesktopBridge {
  platform: string;
  invoke(channel: string, input: unknown): Promise<Reply>;
}
