import type { DesktopBridge, Reply } from '../../shared/bridge';

export type { Reply, DesktopBridge };

/** How the client reaches core: the Electron bridge or the host's WebSocket. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<Reply>;
}

declare global {
  interface Window {
    journeyStudio?: DesktopBridge;
  }
}
