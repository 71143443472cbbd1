import { describe, expect, it } from 'vitest';
import type { JourneyBody } from '../../../shared/model';
import {
  figureSpot,
  nameBesideFigure,
} from '../../../renderer/features/editor/edges/edge-figure-spot';
import { FIGURE_BAND, roomForFigures } from '../../../renderer/features/presentation/figure-rows';

const node = (id: string, x: number, y: number) =>
  ({
    id,
    name: id,
    position: { x, y },
    type: 'merge',
    settings: {},
  }) as JourneyBody['nodes'][number];
const edge = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  sourceHandle: 'out',
  target,
});

describe('presented edge figures', () => {
  it('a split path’s figure sits right of its last vertical part, its name left of it, both above the step', () => {
    const ends = { sourceX: 100, sourceY: 84, targetX: -160, targetY: 140 };
    expect(figureSpot(ends, true)).toEqual({ x: -154, y: 136, corner: 'bottom-left' });
    expect(nameBesideFigure(ends)).toEqual({ x: -166, y: 136, corner: 'bottom-right' });
    // Any other path: under its card's one handle.
    expect(figureSpot(ends, false)).toEqual({ x: 105, y: 87, corner: 'top-left' });
  });

  it('moves a row down by what a card taller than its row gap takes from the figure band, rows below with it', () => {
    // Row gap 140; the split's card is 120 tall: 20 left, FIGURE_BAND - 20 short.
    const body = {
      description: '',
      content: [],
      nodes: [node('s', 0, 0), node('a', -130, 140), node('b', 130, 140), node('c', 130, 280)],
      edges: [edge('s', 'a'), edge('s', 'b'), edge('b', 'c')],
    } as unknown as JourneyBody;
    const moved = roomForFigures(body, (id) => (id === 's' ? 120 : 84));
    const y = Object.fromEntries(moved.nodes.map((n) => [n.id, n.position.y]));
    const short = FIGURE_BAND - 20;
    expect(y).toEqual({ s: 0, a: 140 + short, b: 140 + short, c: 280 + short });
    // Cards that leave the band free move nothing (the same body back).
    expect(roomForFigures(body, () => 84)).toBe(body);
  });
});
