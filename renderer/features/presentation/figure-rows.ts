import type { JourneyBody } from '../../../shared/model';

/** Room a path needs between a card's foot and the next step for its two-line figure and name. */
export const FIGURE_BAND = 48;

/**
 * The journey's steps moved down where a card's foot comes closer than FIGURE_BAND to a step it
 * leads to (a card grown by its simulated figures, a step placed close below), so every path's
 * figure has room on its way in. Rows move together (every step at or below a row moves as far
 * as the most any step of that row needs), so rows stay aligned; paths going up (Go to loops) ask
 * for nothing. The document is untouched: only the presentation draws these positions.
 */
export function roomForFigures(
  body: JourneyBody,
  heightOf: (nodeId: string) => number,
): JourneyBody {
  const byId = new Map(body.nodes.map((n) => [n.id, n] as const));
  const rows = [...new Set(body.nodes.map((n) => n.position.y))].sort((a, b) => a - b);
  const need = new Map<number, { fromY: number; deficit: number }[]>();
  for (const e of body.edges) {
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (!source || !target || target.position.y <= source.position.y) continue;
    const deficit = source.position.y + heightOf(source.id) + FIGURE_BAND - target.position.y;
    if (deficit <= 0) continue;
    const list = need.get(target.position.y) ?? [];
    list.push({ fromY: source.position.y, deficit });
    need.set(target.position.y, list);
  }
  if (need.size === 0) return body;
  const shift = new Map<number, number>();
  let previous = 0;
  for (const y of rows) {
    let s = previous;
    for (const { fromY, deficit } of need.get(y) ?? [])
      s = Math.max(s, (shift.get(fromY) ?? 0) + deficit);
    shift.set(y, s);
    previous = s;
  }
  return {
    ...body,
    nodes: body.nodes.map((n) => {
      const s = shift.get(n.position.y) ?? 0;
      return s === 0 ? n : { ...n, position: { x: n.position.x, y: n.position.y + s } };
    }),
  };
}
