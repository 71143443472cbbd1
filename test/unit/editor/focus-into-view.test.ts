import { describe, expect, it } from 'vitest';
import { shiftIntoView } from '../../../renderer/features/editor/focus-into-view';

// Issue #19: a card focused from the keyboard lay half below the map's edge (y 852–928 with the
// map ending at 900). The shift brings it wholly inside the free area, and only as far as needed.
const area = { left: 100, top: 100, right: 900, bottom: 884 };
const card = (left: number, top: number, w = 220, h = 76) => ({
  left,
  top,
  right: left + w,
  bottom: top + h,
});

describe('shiftIntoView', () => {
  it('leaves a card that is wholly inside where it is', () => {
    expect(shiftIntoView(card(300, 300), area)).toEqual({ dx: 0, dy: 0 });
  });
  it('lifts a card cut by the bottom edge just enough: 928 → 884 is 44 px', () => {
    expect(shiftIntoView(card(300, 852), area)).toEqual({ dx: 0, dy: -44 });
  });
  it('moves a card cut by the left edge right, and one past the right edge left', () => {
    expect(shiftIntoView(card(40, 300), area)).toEqual({ dx: 60, dy: 0 });
    expect(shiftIntoView(card(800, 300), area)).toEqual({ dx: -120, dy: 0 });
  });
  it('keeps the top-left corner (the name) of a card larger than the area in view', () => {
    expect(shiftIntoView(card(50, 50, 1000, 900), area)).toEqual({ dx: 50, dy: 50 });
  });
});
