import type { Journey } from '../model';
import { renderJourneySvg, simFigures, type ListNames } from '../render';
import type { SimulationResult } from '../simulation';

/**
 * A4 portrait with the report's 14 mm margins holds 182 × 269 mm = 688 × 1016 CSS px; a part
 * leaves room for its caption. Parts are drawn at 1 px per unit, so the picture's smallest text
 * (11 px edge labels and counts) prints at 8.25 pt.
 */
export const PRINT_PART = { width: 688, height: 940 } as const;

type Span = readonly [number, number];

/**
 * Where to cut [start, end] into pieces no longer than `max`: each cut in a gap between the
 * occupied spans (cards, edge labels), as far on as a piece allows; through a span only when no
 * gap fits.
 */
export function cutSpans(
  start: number,
  end: number,
  occupied: readonly Span[],
  max: number,
): Span[] {
  const pieces: Span[] = [];
  let from = start;
  while (end - from > max) {
    let cut = from + max;
    // Step back out of any span the cut would go through (spans may overlap: repeat until clear).
    for (let moved = true; moved;) {
      moved = false;
      for (const [a, b] of occupied)
        if (a < cut && cut < b) {
          cut = a;
          moved = true;
        }
    }
    if (cut <= from) cut = from + max;
    pieces.push([from, cut]);
    from = cut;
  }
  pieces.push([from, end]);
  return pieces;
}

/** One printed part of the journey picture: an SVG showing one page-sized window of the whole. */
export interface PicturePart {
  svg: string;
  row: number;
  column: number;
}

/**
 * The report's picture cut into page-sized parts for print (rows of cards stay whole), each the
 * same drawing as the screen's picture through its own viewBox.
 */
export function picturePrintParts(
  journey: Pick<Journey, 'nodes' | 'edges'>,
  result?: SimulationResult | null,
  workspace?: ListNames | null,
): PicturePart[] {
  const drawn = renderJourneySvg(journey, { sim: result ? simFigures(result) : null, workspace });
  // Cards as drawn (a long name makes one taller), so no cut goes through a name.
  const boxes = [...drawn.cards.values(), ...drawn.labels];
  const { x, y, width, height } = drawn.bounds;
  const rows = cutSpans(
    y,
    y + height,
    boxes.map((b) => [b.y, b.y + b.height] as const),
    PRINT_PART.height,
  );
  const columns = cutSpans(
    x,
    x + width,
    boxes.map((b) => [b.x, b.x + b.width] as const),
    PRINT_PART.width,
  );
  const open = /^<svg [^>]*>/.exec(drawn.svg)![0];
  const inner = drawn.svg.slice(open.length);
  const parts: PicturePart[] = [];
  rows.forEach(([top, bottom], row) =>
    columns.forEach(([left, right], column) => {
      const w = right - left;
      const h = bottom - top;
      const tag = open
        .replace(/ width="[^"]*"/, ` width="${w}"`)
        .replace(/ height="[^"]*"/, ` height="${h}"`)
        .replace(/ viewBox="[^"]*"/, ` viewBox="${left} ${top} ${w} ${h}"`)
        .replace(/ aria-label="[^"]*"/, ` aria-label="Journey map, part ${parts.length + 1}"`);
      parts.push({ svg: tag + inner, row, column });
    }),
  );
  return parts;
}
