import { describe, expect, it } from 'vitest';
import type { JourneyBody } from '../../../shared/model';
import {
  overviewStretch,
  stretchColumns,
} from '../../../renderer/features/presentation/overview-stretch';

/** Nodes at the given positions (only positions matter here). */
const at = (points: [number, number][]) =>
  ({
    audience: 'account',
    nodes: points.map(([x, y], i) => ({ id: `n${i}`, position: { x, y } })),
    edges: [],
  }) as unknown as JourneyBody;

describe('overviewStretch', () => {
  it('widens a deep one-column journey as far as it may (2.2×) on a landscape stage', () => {
    // 16 rows 140 apart: 2,184 units tall, 220 wide; the stage is 1.25 times wider than tall.
    const column = at(Array.from({ length: 16 }, (_, i) => [0, i * 140] as [number, number]));
    expect(overviewStretch(column, { width: 1000, height: 800 })).toBe(2.2);
  });

  it('widens a two-column journey only to the stage’s shape', () => {
    // 480 wide (columns 0 and 260), 924 tall (rows 0 … 840): shape 0.519; stage 1.0 → 1.93×.
    const twoColumns = at([
      [0, 0],
      [260, 420],
      [0, 840],
    ]);
    expect(overviewStretch(twoColumns, { width: 800, height: 800 })).toBe(1.93);
  });

  it('leaves a journey already wider than the stage as it is', () => {
    const wide = at([
      [0, 0],
      [780, 0],
    ]);
    expect(overviewStretch(wide, { width: 800, height: 800 })).toBe(1);
  });
});

describe('stretchColumns', () => {
  it('moves columns apart from the leftmost, rows unchanged', () => {
    const body = stretchColumns(
      at([
        [-100, 0],
        [160, 140],
      ]),
      2,
    );
    expect(body.nodes.map((n) => n.position)).toEqual([
      { x: -100, y: 0 },
      { x: 420, y: 140 },
    ]);
  });
});
