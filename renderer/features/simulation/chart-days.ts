/** Day steps a reader counts in easily: every day, every other, fives, weeks, tens, fortnights, months. */
const STEPS = [1, 2, 5, 7, 10, 14, 30, 60, 90];
/** At most this many day ticks: they fit a narrow docked panel without recharts dropping some. */
const MAX_TICKS = 12;

/**
 * Evenly spaced day ticks for an over-time axis (days from 1): Day 1, then every `step` days. Given
 * explicitly, so recharts never thins them into uneven runs (1–9, then 11, 13…).
 */
export function dayTicks(horizonDays: number): number[] {
  const step =
    STEPS.find((s) => Math.ceil(horizonDays / s) <= MAX_TICKS) ??
    Math.ceil(horizonDays / MAX_TICKS);
  const ticks: number[] = [];
  for (let d = 1; d <= horizonDays; d += step) ticks.push(d);
  return ticks;
}
