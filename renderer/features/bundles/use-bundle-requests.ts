import { useEffect } from 'react';
import {
  DESKTOP_DOM_EVENTS,
  useBundleRequests,
  type BundleRequest,
} from '../../app/desktop-requests';

/**
 * Feeds the desktop menu's bundle requests to the page: the one that arrived before the page
 * mounted (taken once), then each new one announced by the window event.
 */
export function useBundleRequestHandler(handle: (request: BundleRequest) => void): void {
  useEffect(() => {
    const first = useBundleRequests.getState().take();
    if (first) handle(first);
    const onEvent = () => {
      const next = useBundleRequests.getState().take();
      if (next) handle(next);
    };
    window.addEventListener(DESKTOP_DOM_EVENTS.bundle, onEvent);
    return () => window.removeEventListener(DESKTOP_DOM_EVENTS.bundle, onEvent);
  }, [handle]);
}
