import { useEffect, useRef } from 'react';
import type { EventListener } from '../../shared/bridge';
import type { EventName } from '../../shared/contract/push-events';
import type { DesktopBridge } from './transport';

/** Subscribes to a push event through a bridge; a no-op (returning a no-op) without one, as in browser mode. */
export function subscribeAppEvent<E extends EventName>(
  bridge: Pick<DesktopBridge, 'onEvent'> | undefined,
  name: E,
  listener: EventListener<E>,
): () => void {
  return bridge?.onEvent?.(name, listener) ?? (() => undefined);
}

/** Calls `handler` on every push event `name` from the desktop shell while the component is mounted. */
export function useAppEvent<E extends EventName>(name: E, handler: EventListener<E>): void {
  // The latest handler runs without resubscribing on every render.
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () => subscribeAppEvent(window.journeyStudio, name, (payload) => latest.current(payload)),
    [name],
  );
}
