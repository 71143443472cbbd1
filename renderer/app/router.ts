import { useSyncExternalStore } from 'react';

/** The screens the left navigation and links lead to. */
export type Route =
  | { page: 'journeys' }
  | { page: 'journey'; id: string }
  | { page: 'actions' }
  | { page: 'bundles' }
  | { page: 'remotes' }
  | { page: 'hub' }
  | { page: 'settings' }
  | { page: 'help' };

/** Reads a route from a hash such as `#/journeys/abc`. */
export function parseRoute(hash: string): Route {
  const [first, second] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (first === 'journeys' && second) return { page: 'journey', id: second };
  if (
    first === 'actions' ||
    first === 'bundles' ||
    first === 'remotes' ||
    first === 'hub' ||
    first === 'settings' ||
    first === 'help'
  )
    return { page: first };
  return { page: 'journeys' };
}

/** The hash of a route, for links. */
export function hrefOf(route: Route): string {
  return route.page === 'journey'
    ? `#/journeys/${encodeURIComponent(route.id)}`
    : `#/${route.page}`;
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, re-rendering on navigation. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
