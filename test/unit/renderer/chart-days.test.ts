import { describe, expect, it } from 'vitest';
import { dayTicks } from '../../../renderer/features/simulation/chart-days';

// Consultant item 8 of issue 17: the over-time axis ticks are evenly spaced (never 1–9 then 11, 13…).
describe('over-time day ticks', () => {
  it('every day while twelve or fewer', () => {
    expect(dayTicks(12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('every other day for 21 days, every fifth for 60, evenly spaced for a year', () => {
    expect(dayTicks(21)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21]);
    expect(dayTicks(60)).toEqual([1, 6, 11, 16, 21, 26, 31, 36, 41, 46, 51, 56]);
    const year = dayTicks(365);
    const gaps = new Set(year.slice(1).map((d, i) => d - year[i]));
    expect(gaps.size).toBe(1);
    expect(year.length).toBeLessThanOrEqual(12);
  });
});
