import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { miniMapBox } from './minimap-room';

type Box = { left: number; top: number; right: number; bottom: number };

/** What keyboard focus brings into view: cards, and the "+" buttons on edges and open ends. */
const BROUGHT_INTO_VIEW = ['react-flow__node', 'add-button'];

/** Room kept around a card brought into view; the top clears the panel toggles. */
const MARGIN = { top: 44, right: 16, bottom: 16, left: 16 };

/**
 * How far to move a card so it lies wholly inside `area` (0 where it already does). A card
 * larger than the area keeps its top-left corner in view, where its name is.
 */
export function shiftIntoView(card: Box, area: Box): { dx: number; dy: number } {
  const along = (start: number, end: number, from: number, to: number) => {
    if (start < from || end - start > to - from) return from - start;
    if (end > to) return to - end;
    return 0;
  };
  return {
    dx: along(card.left, card.right, area.left, area.right),
    dy: along(card.top, card.bottom, area.top, area.bottom),
  };
}

/** The part of the map a focused card should be in: inside its margins, above a mini map. */
function freeArea(canvas: HTMLElement, card: DOMRect): Box {
  const r = canvas.getBoundingClientRect();
  const area = {
    left: r.left + MARGIN.left,
    top: r.top + MARGIN.top,
    right: r.right - MARGIN.right,
    bottom: r.bottom - MARGIN.bottom,
  };
  // A card that would sit beside the mini map stops above it instead of under it.
  const minimap = miniMapBox(canvas);
  if (minimap && card.right > minimap.left) area.bottom = Math.min(area.bottom, minimap.top - 8);
  return area;
}

/**
 * A card or "+" button that takes keyboard focus is brought wholly into the map's free area (issue
 * #19: a focused card could sit half below the map's edge or under the mini map, a "+" behind the
 * palette). React Flow's own
 * pan-on-focus only moves cards that are entirely out of view, so it is turned off for this.
 */
export function useFocusedCardInView(canvas: RefObject<HTMLElement | null>): void {
  const { getViewport, setViewport } = useReactFlow();
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    // Only focus moved by a key (Tab, an arrow) in this same task: a focus the editor asks for
    // (a new node, a problem) centres its card itself, and a second pan would cut that short.
    let byKey = false;
    const bringIntoView = (target: HTMLElement) => {
      if (!BROUGHT_INTO_VIEW.some((c) => target.classList?.contains(c))) return;
      // Measured a frame later: focusing scrolls the map's wrapper, which React Flow then resets.
      requestAnimationFrame(() => {
        if (document.activeElement !== target) return;
        const box = target.getBoundingClientRect();
        const { dx, dy } = shiftIntoView(box, freeArea(el, box));
        if (dx === 0 && dy === 0) return;
        const v = getViewport();
        void setViewport({ ...v, x: v.x + dx, y: v.y + dy }, { duration: 150 });
      });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' && !event.key.startsWith('Arrow')) return;
      // The map's Tab order (map-tab-order.ts) listens first and has already moved focus.
      if (event.key === 'Tab' && event.defaultPrevented) {
        if (document.activeElement instanceof HTMLElement && el.contains(document.activeElement))
          bringIntoView(document.activeElement);
        return;
      }
      byKey = true;
      requestAnimationFrame(() => (byKey = false));
    };
    const onFocusIn = (event: FocusEvent) => {
      if (byKey) bringIntoView(event.target as HTMLElement);
    };
    window.addEventListener('keydown', onKeyDown, true);
    el.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      el.removeEventListener('focusin', onFocusIn);
    };
  }, [canvas, getViewport, setViewport]);
}
