import { useEffect, useRef } from 'react';
import { tabbables } from './modal-keys';

/**
 * After "Add …" appends a row, moves focus to the new row's first field, so a keyboard user goes
 * on typing there instead of Shift+Tabbing back to it. `rows` is the number of rows now shown;
 * `selector` finds the rows inside the returned container ref. Call `expect()` from the Add
 * button's click, before the row is added.
 */
export function useFocusNewRow<T extends HTMLElement>(rows: number, selector: string) {
  const container = useRef<T>(null);
  const awaited = useRef<number | null>(null);
  useEffect(() => {
    if (awaited.current === null || rows < awaited.current) return;
    const row = container.current?.querySelectorAll<HTMLElement>(selector)[awaited.current - 1];
    awaited.current = null;
    if (row) tabbables(row)[0]?.focus();
  }, [rows, selector]);
  return {
    container,
    expect: () => {
      awaited.current = rows + 1;
    },
  };
}
