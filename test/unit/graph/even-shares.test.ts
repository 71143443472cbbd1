import { describe, expect, it } from 'vitest';
import { evenShares, sharesAreEven, splitEvenly } from '../../../shared/graph';

/** Sum in hundredths, where two decimals add up exactly. */
const hundredths = (shares: number[]) => shares.reduce((s, p) => s + Math.round(p * 100), 0);

describe('even shares of a Random split', () => {
  it('splits 100 in hundredths, the last paths taking the leftover hundredths', () => {
    expect(evenShares(2)).toEqual([50, 50]);
    expect(evenShares(3)).toEqual([33.33, 33.33, 33.34]);
    expect(evenShares(4)).toEqual([25, 25, 25, 25]);
    // 10,000 / 7 = 1,428 rest 4: four paths get 14.29.
    expect(evenShares(7)).toEqual([14.28, 14.28, 14.28, 14.29, 14.29, 14.29, 14.29]);
    for (let n = 2; n <= 25; n++) expect(hundredths(evenShares(n))).toBe(10_000);
  });

  it('passes the validator’s total for every path count (sum within 1e-9 of 100)', () => {
    for (let n = 2; n <= 25; n++) {
      const total = evenShares(n).reduce((s, p) => s + p, 0);
      expect(Math.abs(total - 100)).toBeLessThan(1e-9);
    }
  });

  it('tells even shares from uneven ones', () => {
    expect(sharesAreEven([50, 50])).toBe(true);
    expect(sharesAreEven([33.33, 33.34, 33.33])).toBe(true);
    expect(sharesAreEven([100 / 3, 100 / 3, 100 / 3])).toBe(true);
    expect(sharesAreEven([70, 30])).toBe(false);
    expect(sharesAreEven([50, 50, 0])).toBe(false);
    // Equal but not adding up to 100.
    expect(sharesAreEven([40, 40])).toBe(false);
    expect(sharesAreEven([])).toBe(false);
  });

  it('keeps each path as it was but its share', () => {
    const paths = [
      { id: 'a', name: 'Control', percent: 90 },
      { id: 'b', name: 'Test', percent: 10 },
    ];
    expect(splitEvenly(paths)).toEqual([
      { id: 'a', name: 'Control', percent: 50 },
      { id: 'b', name: 'Test', percent: 50 },
    ]);
  });
});
