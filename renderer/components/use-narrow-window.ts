import { useSyncExternalStore } from 'react';

/** True while the window is at most `maxWidth` CSS pixels wide (follows resizes). */
export function useNarrowWindow(maxWidth: number): boolean {
  const query = `(max-width: ${maxWidth}px)`;
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}
