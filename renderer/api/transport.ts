import type { ErrorPayload } from '../../shared/errors';

export type Reply = { ok: true; output: unknown } | { ok: false; error: ErrorPayload };

/** How the client reaches core: the Electron bridge or the host's WebSocket. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<Reply>;
}

/** What preload exposes on `window.journeyStudio` in the desktop app. */
export interface DesktopBridge extends Transport {
  platform: string;
}

declare global {
  interface Window {
    journeyStudio?: DesktopBridge;
  }
}
