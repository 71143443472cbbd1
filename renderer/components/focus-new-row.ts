import { useEffect, useLayoutEffect, useRef } from 'react';
import { tabbables } from './modal-keys';

/**
 * Keeps keyboard focus among the rows of a list when a row comes or goes. After "Add …" appends a
 * row, focus moves to the new row's first field, so a keyboard user goes on typing there instead
 * of Shift+Tabbing back to it; after "Delete …" removes one (and the button pressed with it), focus
 * moves to the row that took its place, else the row before it, else the container's first
 * control, never to the page. `rows` is the number of rows now shown;
 * `selector` finds the rows inside the returned container ref. Call `expect()` from the Add
 * button's click, before the row is added, and `expectRemoval(index)` before removing row `index`.
 */
export function useFocusNewRow<T extends HTMLElement>(rows: number, selector: string) {
  const container = useRef<T>(null);
  const awaited = useRef<number | null>(null);
  const removed = useRef<{ index: number; rows: number } | null>(null);
  useEffect(() => {
    if (awaited.current === null || rows < awaited.current) return;
    const row = rowAt(container.current, selector, awaited.current - 1);
    awaited.current = null;
    if (row) tabbables(row)[0]?.focus();
  }, [rows, selector]);
  // A layout effect: focus lands before the app's rescue sees the pressed button gone.
  useLayoutEffect(() => {
    const gone = removed.current;
    if (gone === null || rows > gone.rows) return;
    removed.current = null;
    const row = rowAt(container.current, selector, Math.min(gone.index, rows - 1));
    const within = row ?? container.current;
    if (within) tabbables(within)[0]?.focus();
  }, [rows, selector]);
  return {
    container,
    expect: () => {
      awaited.current = rows + 1;
    },
    expectRemoval: (index: number) => {
      removed.current = { index, rows: rows - 1 };
    },
  };
}

function rowAt(container: HTMLElement | null, selector: string, index: number): HTMLElement | null {
  return container?.querySelectorAll<HTMLElement>(selector)[index] ?? null;
}
