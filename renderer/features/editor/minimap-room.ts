import { create } from 'zustand';
import { useLayoutStore } from '../../stores/layout-store';

/** Smaller than React Flow's 200×150, so it covers less of the map's corner. */
export const MINIMAP_SIZE = { width: 150, height: 100 };
/** Below this map size the mini map would cover much of the journey: it steps aside. */
export const MIN_MAP_FOR_MINIMAP = { width: 480, height: 300 };
/** React Flow's panel margin: the mini map's distance from the map's bottom right corner. */
const MINIMAP_MARGIN = 15;

/**
 * Whether the journey's first view left no room for the mini map beside the cards (it would cover
 * some): then it steps aside for this visit until the user shows it again. Session state, never
 * remembered, unlike the user's own Hide mini map.
 */
export const useMiniMapCrowded = create<{ crowded: boolean }>()(() => ({ crowded: false }));

/** Marks the mini map as crowded out (or not) by the first view of the open journey. */
export function setMiniMapCrowded(crowded: boolean): void {
  useMiniMapCrowded.setState({ crowded });
}

/**
 * Where the mini map is, or is about to be drawn (it renders a frame after the map resizes), on
 * the page; null when it is hidden, crowded out or the map is too small for it.
 */
export function miniMapBox(canvas: HTMLElement): DOMRect | null {
  const { clientWidth: w, clientHeight: h } = canvas;
  if (useLayoutStore.getState().miniMapHidden || useMiniMapCrowded.getState().crowded) return null;
  if (w < MIN_MAP_FOR_MINIMAP.width || h < MIN_MAP_FOR_MINIMAP.height) return null;
  const area = canvas.getBoundingClientRect();
  const { width, height } = MINIMAP_SIZE;
  return new DOMRect(
    area.left + w - MINIMAP_MARGIN - width,
    area.top + h - MINIMAP_MARGIN - height,
    width,
    height,
  );
}
