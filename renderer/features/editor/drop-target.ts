import type { AddTarget } from '../../stores/editor-session-slice';

/** How far (screen px) from a "+" a palette drop still lands on it. */
export const DROP_REACH = 40;

/** A "+" on the map: where it is on screen and what it adds to. */
export interface AddSpot {
  target: AddTarget;
  rect: { left: number; top: number; width: number; height: number; bottom: number };
}

/** The "+" nearest the point, if one is within `reach` of it (measured to its box, 0 inside). */
export function nearestAddSpot(
  spots: readonly AddSpot[],
  x: number,
  y: number,
  reach = DROP_REACH,
): AddSpot | null {
  let best: AddSpot | null = null;
  let bestDistance = reach;
  for (const spot of spots) {
    const { left, top, width, height } = spot.rect;
    const dx = Math.max(left - x, 0, x - (left + width));
    const dy = Math.max(top - y, 0, y - (top + height));
    const distance = Math.hypot(dx, dy);
    if (distance <= bestDistance) {
      best = spot;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The "+" buttons the map draws: an edge's (`data-edge-id`, insert into it) and a node's open
 * output's (`data-handle` inside the node's card, connect to it).
 */
export function addSpotsIn(root: HTMLElement): AddSpot[] {
  const spots: AddSpot[] = [];
  for (const button of root.querySelectorAll<HTMLElement>('.add-button')) {
    const rect = button.getBoundingClientRect();
    const edgeId = button.dataset.edgeId;
    const handle = button.dataset.handle;
    const sourceId = button.closest<HTMLElement>('.react-flow__node')?.dataset.id;
    if (edgeId) spots.push({ target: { kind: 'edge', edgeId }, rect });
    else if (handle && sourceId) spots.push({ target: { kind: 'open', sourceId, handle }, rect });
  }
  return spots;
}
