import { describe, expect, it } from 'vitest';
import { tooNarrowForPalette } from '../../../renderer/app/narrow-editor';

describe('tooNarrowForPalette', () => {
  // The map keeps half the width when width − 168 − 320 ≥ width / 2, i.e. width ≥ 976.
  it('folds the palette below 976 px of editor', () => {
    expect(tooNarrowForPalette(700)).toBe(true); // a 900 px window: 700 − 488 = 212 < 350
    expect(tooNarrowForPalette(975)).toBe(true);
    expect(tooNarrowForPalette(976)).toBe(false);
    expect(tooNarrowForPalette(1200)).toBe(false);
  });
});
