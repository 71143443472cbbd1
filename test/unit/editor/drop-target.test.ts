import { describe, expect, it } from 'vitest';
import { nearestAddSpot, type AddSpot } from '../../../renderer/features/editor/drop-target';

/** A 20 × 20 "+" with its top-left corner at (left, top). */
const spot = (edgeId: string, left: number, top: number): AddSpot => ({
  target: { kind: 'edge', edgeId },
  rect: { left, top, width: 20, height: 20, bottom: top + 20 },
});

describe('nearestAddSpot', () => {
  const spots = [spot('a', 0, 0), spot('b', 100, 0)];

  it('takes the "+" the point is on', () => {
    expect(nearestAddSpot(spots, 110, 10)?.target).toEqual({ kind: 'edge', edgeId: 'b' });
  });

  it('takes the nearer "+" within reach, measured to its box', () => {
    // 30 px right of a's box, 50 px left of b's.
    expect(nearestAddSpot(spots, 50, 10, 40)?.target).toEqual({ kind: 'edge', edgeId: 'a' });
    // 3-4-5: 30 px right and 40 px below a's box is 50 px away.
    expect(nearestAddSpot(spots, 50, 60, 50)?.target).toEqual({ kind: 'edge', edgeId: 'a' });
  });

  it('takes none when every "+" is out of reach', () => {
    expect(nearestAddSpot(spots, 50, 60, 49)).toBeNull();
    expect(nearestAddSpot([], 0, 0)).toBeNull();
  });
});
