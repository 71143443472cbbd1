import { useEffect, type RefObject } from 'react';
import { create } from 'zustand';
import { useLayoutStore } from '../stores/layout-store';

/** Palette (168 px) and side panel (320 px) widths in styles.css' editor grid. */
const PALETTE = 168;
const SIDE = 320;

/**
 * Session state, never remembered: whether the editor is too narrow for the map to keep half its
 * width beside both panels (then the palette folds away by itself), and whether the user showed it
 * anyway. The user's own remembered choice (layout-store) is left as it is.
 */
export const useNarrowEditor = create<{ narrow: boolean; shownAnyway: boolean }>()(() => ({
  narrow: false,
  shownAnyway: false,
}));

/** Whether an editor `width` px wide leaves the map less than half beside the palette and panel. */
export const tooNarrowForPalette = (width: number) => width - PALETTE - SIDE < width / 2;

/** Follows the editor body's width (ResizeObserver) to fold the palette away when it is narrow. */
export function useNarrowEditorWatch(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() =>
      useNarrowEditor.setState({ narrow: tooNarrowForPalette(el.clientWidth) }),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
}

/** The palette as shown: collapsed by the user, or folded away for width unless shown anyway. */
export function usePaletteCollapsed(): { collapsed: boolean; toggle: () => void } {
  const userCollapsed = useLayoutStore((s) => s.paletteCollapsed);
  const { narrow, shownAnyway } = useNarrowEditor();
  const auto = narrow && !userCollapsed;
  return {
    collapsed: userCollapsed || (auto && !shownAnyway),
    toggle: () =>
      auto
        ? useNarrowEditor.setState({ shownAnyway: !shownAnyway })
        : useLayoutStore.getState().toggle('paletteCollapsed'),
  };
}
