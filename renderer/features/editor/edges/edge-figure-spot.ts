/**
 * Where a path's simulated figure sits in the presentation. Under a split the paths leave one card
 * from handles closer together than a two-line figure is wide, so there their figures would cover
 * each other; after the fan-out each path runs down its own column (a column, 260 px, apart) into
 * its step. So the figure of a path whose name sits at its target (a split's path into a step it
 * alone leads to) goes on that last vertical part, right of the line, its foot just above the
 * step, and the path's name moves left of the line (`nameBesideFigure`). Any other path has one
 * figure under its card's single handle, where nothing else is drawn.
 */
export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
}

/** A label's anchor point and which of its corners sits there. */
export interface LabelSpot {
  x: number;
  y: number;
  corner: 'top-left' | 'bottom-left' | 'bottom-right';
}

/** Space between a label and the line it belongs to, and between its foot and the step below. */
export const LINE_GAP = 6;
const FOOT_GAP = 4;

/** The figure's spot: beside the path's last vertical part when `atTarget`, else under the handle. */
export function figureSpot(ends: EdgeEnds, atTarget: boolean): LabelSpot {
  return atTarget
    ? { x: ends.targetX + LINE_GAP, y: ends.targetY - FOOT_GAP, corner: 'bottom-left' }
    : { x: ends.sourceX + 5, y: ends.sourceY + 3, corner: 'top-left' };
}

/** The path name's spot when the figure takes the right of the line: left of it, on the same foot. */
export function nameBesideFigure(ends: EdgeEnds): LabelSpot {
  return { x: ends.targetX - LINE_GAP, y: ends.targetY - FOOT_GAP, corner: 'bottom-right' };
}

/** The CSS transform that puts a label's `corner` on its spot. */
export function spotTransform(spot: LabelSpot): string {
  const shift =
    spot.corner === 'top-left'
      ? ''
      : spot.corner === 'bottom-left'
        ? 'translate(0, -100%) '
        : 'translate(-100%, -100%) ';
  return `${shift}translate(${spot.x}px, ${spot.y}px)`;
}
