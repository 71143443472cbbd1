import type { EventName, EventPayload } from './contract/push-events';
import type { ErrorPayload } from './errors';

/** What every boundary answers to a contract call. */
export type Reply = { ok: true; output: unknown } | { ok: false; error: ErrorPayload };

/** A listener for one push event; the payload has been validated against `shared/contract/events.ts`. */
export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;

/** What preload exposes on `window.journeyStudio` in the desktop app. */
export interface DesktopBridge {
  platform: string;
  invoke(channel: string, input: unknown): Promise<Reply>;
  /** Subscribes to a push event from main (menu commands, files to open); returns the unsubscribe function. Desktop only. */
  onEvent?<E extends EventName>(name: E, listener: EventListener<E>): () => void;
}
