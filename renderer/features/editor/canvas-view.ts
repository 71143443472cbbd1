import {
  getNodesBounds,
  getViewportForBounds,
  useNodesInitialized,
  useReactFlow,
  type FitViewOptions,
  type Rect,
} from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useSimulationStore } from '../../stores/simulation-store';
import { miniMapBox, setMiniMapCrowded } from './minimap-room';
import type { FlowNode } from './nodes/flow-types';

/** Card text is 11–12 px: below this zoom it drops under ~11 px on screen. */
export const READABLE_ZOOM = 0.92;
const GAP = 16;

type Pad = { top: number; right: number; bottom: number; left: number };

const px = (p: Pad): NonNullable<FitViewOptions['padding']> => ({
  top: `${p.top}px`,
  right: `${p.right}px`,
  bottom: `${p.bottom}px`,
  left: `${p.left}px`,
});

/**
 * Padding for a fit that keeps the journey clear of what floats over the map: the mini map
 * (bottom right), the zoom buttons (bottom left), the panel toggles (top) and an open Problems list.
 * Those two sit in the bottom corners, so the journey may either keep clear of their sides or of
 * their height: with `bounds`, whichever gives the larger zoom (a wide journey was fitted between
 * both full-height sides, small and off-centre). `miniMap: false` leaves out a mini map about to
 * step aside.
 */
export function fitPadding(
  canvas: HTMLElement | null,
  bounds?: Rect,
  miniMap = true,
): NonNullable<FitViewOptions['padding']> {
  if (!canvas) return 0.1;
  const area = canvas.getBoundingClientRect();
  const base: Pad = { top: 44, right: GAP, bottom: GAP, left: GAP };
  const problems = document.querySelector('.problems-panel')?.getBoundingClientRect();
  if (problems && problems.top < area.bottom)
    base.bottom = Math.max(base.bottom, area.bottom - problems.top + GAP);
  const sides = { ...base };
  const below = { ...base };
  const minimap = miniMap ? miniMapBox(canvas) : null;
  if (minimap) {
    sides.right = Math.max(sides.right, area.right - minimap.left + GAP);
    below.bottom = Math.max(below.bottom, area.bottom - minimap.top + GAP);
  }
  const controls = canvas.querySelector('.react-flow__controls')?.getBoundingClientRect();
  if (controls) {
    sides.left = Math.max(sides.left, controls.right - area.left + GAP);
    below.bottom = Math.max(below.bottom, area.bottom - controls.top + GAP);
  }
  if (!bounds) return px(sides);
  const zoom = (p: Pad) =>
    getViewportForBounds(bounds, area.width, area.height, 0.05, 1, px(p)).zoom;
  return px(zoom(below) > zoom(sides) ? below : sides);
}

/** "Zoom to fit": the whole journey, clear of the mini map and overlays. */
export function useZoomToFit(): (duration?: number) => void {
  const { fitView, getNodes } = useReactFlow();
  return useCallback(
    (duration = 200) => {
      const nodes = getNodes();
      void fitView({
        maxZoom: 1,
        minZoom: 0.05,
        duration,
        padding: fitPadding(
          document.querySelector<HTMLElement>('.canvas'),
          nodes.length > 0 ? getNodesBounds(nodes) : undefined,
        ),
      });
    },
    [fitView, getNodes],
  );
}

/**
 * The first view of a journey: fitted when that keeps the cards readable, otherwise at a readable
 * zoom with the Entry at the top of the map (pan or use the mini map for the rest). Waits until
 * every card is measured, so the fit uses real sizes. When the journey at that zoom fits across the
 * map but not beside the mini map, the mini map steps aside rather than cover its cards.
 */
export function useInitialView(canvas: RefObject<HTMLElement | null>, readOnly: boolean): void {
  const initialized = useNodesInitialized();
  const { getNodes, setViewport, fitView } = useReactFlow<FlowNode>();
  const done = useRef<boolean | null>(null);
  const firstView = useCallback(
    (el: HTMLElement) => {
      const nodes = getNodes();
      setMiniMapCrowded(false);
      if (nodes.length === 0) return;
      const { width, height } = el.getBoundingClientRect();
      const bounds = getNodesBounds(nodes);
      const padding = fitPadding(el, bounds);
      const fit = getViewportForBounds(bounds, width, height, 0.05, 1, padding);
      if (fit.zoom >= READABLE_ZOOM) {
        void fitView({ maxZoom: 1, padding });
        return;
      }
      const entry = nodes.find((n) => n.type === 'entry') ?? nodes[0];
      const w = entry.measured?.width ?? 220;
      // Centred in the room the mini map and the zoom buttons leave, so the column is clear of them.
      const room = (miniMap: boolean) => {
        const sides = fitPadding(el, undefined, miniMap) as Record<'left' | 'right', string>;
        const left = parseFloat(sides.left);
        return { left, width: width - left - parseFloat(sides.right) };
      };
      // A journey that would fit across the map but not beside the mini map: the mini map steps
      // aside. One wider than the map itself keeps it, to find the rest with, unless it would cover
      // a card where the view opens (a Live journey's Other path beside the mini map).
      const at = (clear: { left: number; width: number }) => ({
        zoom: READABLE_ZOOM,
        x: clear.left + clear.width / 2 - (entry.position.x + w / 2) * READABLE_ZOOM,
        y: 56 - entry.position.y * READABLE_ZOOM,
      });
      const beside = room(true);
      const across = room(false);
      const journeyWidth = bounds.width * READABLE_ZOOM;
      // A journey taller than the map keeps its mini map whatever it covers: it is how the rest
      // is found (a 60-step journey); a short one steps it aside rather than hide a card under it.
      const fitsInHeight = 56 + bounds.height * READABLE_ZOOM <= height;
      const crowded =
        journeyWidth > beside.width &&
        (journeyWidth <= across.width ||
          (fitsInHeight && cardsUnderMiniMap(el, nodes, at(beside))));
      setMiniMapCrowded(crowded);
      void setViewport(at(crowded ? across : beside));
    },
    [getNodes, setViewport, fitView],
  );
  useEffect(() => {
    if (!initialized || done.current === readOnly || !canvas.current) return;
    // Published (or a new version opened) in place, the palette goes or comes and the map changes
    // width: the journey gets a first view again once the map and its mini map have settled.
    const first = done.current === null;
    done.current = readOnly;
    if (first) {
      firstView(canvas.current);
      return;
    }
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => canvas.current && firstView(canvas.current));
    });
    return () => cancelAnimationFrame(frame);
  }, [initialized, readOnly, canvas, firstView]);
}

/** Whether, seen through `viewport`, any card would lie under the map's mini map. */
function cardsUnderMiniMap(
  canvas: HTMLElement,
  nodes: FlowNode[],
  viewport: { x: number; y: number; zoom: number },
): boolean {
  const mini = miniMapBox(canvas);
  if (!mini) return false;
  const area = canvas.getBoundingClientRect();
  return nodes.some((n) => {
    const left = area.left + viewport.x + n.position.x * viewport.zoom;
    const top = area.top + viewport.y + n.position.y * viewport.zoom;
    const right = left + (n.measured?.width ?? 0) * viewport.zoom;
    const bottom = top + (n.measured?.height ?? 0) * viewport.zoom;
    return left < mini.right && mini.left < right && top < mini.bottom && mini.top < bottom;
  });
}

/**
 * When the map changes size (a panel opens or closes, the window resizes), a journey that was
 * wholly in view is fitted again, clear of the mini map; otherwise the point at the centre of the
 * map stays at its centre instead of drifting towards a corner. While the Simulate panel is docked
 * (beside the map on wide screens, below it on others), or as it docks or leaves, the whole journey
 * is fitted into the room left, so no card is pushed off an edge while its figures are read.
 */
export function useKeepViewOnResize(canvas: RefObject<HTMLElement | null>): void {
  const { getViewport, setViewport, getNodes, fitView } = useReactFlow<FlowNode>();
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let last = { width: el.clientWidth, height: el.clientHeight };
    // The store changes before the DOM docks the panel, so a resize that sees another value is
    // the dock's own.
    let docked = useSimulationStore.getState().panelOpen;
    const observer = new ResizeObserver(() => {
      const size = { width: el.clientWidth, height: el.clientHeight };
      // Hidden (0 × 0) or unchanged: nothing to keep.
      if (size.width === 0 || size.height === 0) return;
      const before = last;
      last = size;
      if (before.width === size.width && before.height === size.height) return;
      if (before.width === 0 || before.height === 0) return;
      const v = getViewport();
      const nodes = getNodes();
      const dockedBefore = docked;
      docked = useSimulationStore.getState().panelOpen;
      const fit = docked || dockedBefore || wasWhollyInView(nodes, v, before);
      if (nodes.length > 0 && fit) {
        const padding = fitPadding(el, getNodesBounds(nodes));
        void fitView({ maxZoom: Math.max(1, v.zoom), minZoom: 0.05, padding });
        return;
      }
      void setViewport({
        zoom: v.zoom,
        x: v.x + (size.width - before.width) / 2,
        y: v.y + (size.height - before.height) / 2,
      });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [canvas, getViewport, setViewport, getNodes, fitView]);
}

function wasWhollyInView(
  nodes: FlowNode[],
  v: { x: number; y: number; zoom: number },
  size: { width: number; height: number },
): boolean {
  const b = getNodesBounds(nodes);
  const left = b.x * v.zoom + v.x;
  const top = b.y * v.zoom + v.y;
  return (
    left >= 0 &&
    top >= 0 &&
    left + b.width * v.zoom <= size.width &&
    top + b.height * v.zoom <= size.height
  );
}
