import { DEFAULT_NODE_SIZE } from '../../../shared/graph';
import type { JourneyBody } from '../../../shared/model';

/** A card's size before figures and wrapped names grow it, in journey units. */
const { width: CARD_W, height: CARD_H } = DEFAULT_NODE_SIZE;
/** The most the overview widens: names of three or four words then fit two lines at any zoom. */
const MOST = 2.2;

/**
 * How much wider the overview draws the journey's columns and cards. A journey that is deep and
 * narrow fits the stage by its height, leaving the sides empty; its names, sized to read at that
 * small zoom, then wrapped mid-word into narrow cards (tester report). Widening up to the stage's
 * own shape costs no zoom and gives the names room. Measured on the document's rows (not on
 * grown cards), so the drawing settles.
 */
export function overviewStretch(
  body: Pick<JourneyBody, 'nodes'>,
  stage: { width: number; height: number },
): number {
  if (body.nodes.length === 0 || stage.width <= 0 || stage.height <= 0) return 1;
  const xs = body.nodes.map((n) => n.position.x);
  const ys = body.nodes.map((n) => n.position.y);
  const width = Math.max(...xs) - Math.min(...xs) + CARD_W;
  const height = Math.max(...ys) - Math.min(...ys) + CARD_H;
  const room = stage.width / stage.height / (width / height);
  return Math.min(MOST, Math.max(1, Math.round(room * 100) / 100));
}

/** The journey with its columns `stretch` times further apart (rows unchanged). */
export function stretchColumns(body: JourneyBody, stretch: number): JourneyBody {
  if (stretch === 1 || body.nodes.length === 0) return body;
  const left = Math.min(...body.nodes.map((n) => n.position.x));
  return {
    ...body,
    nodes: body.nodes.map((n) => ({
      ...n,
      position: { x: left + (n.position.x - left) * stretch, y: n.position.y },
    })),
  };
}

/** The overview's card width at that stretch, for the stylesheet. */
export const stretchedCardWidth = (stretch: number) => `${Math.round(CARD_W * stretch)}px`;
