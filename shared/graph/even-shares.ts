import type { RandomPath } from '../model';

/**
 * Shares of 100% for `count` paths, as even as hundredths allow, adding up to 100 exactly in
 * hundredths: the last paths take the hundredths left over (33.33 / 33.33 / 33.34).
 */
export function evenShares(count: number): number[] {
  const base = Math.floor(10_000 / count);
  const extra = 10_000 - base * count;
  return Array.from({ length: count }, (_, i) => (base + (i >= count - extra ? 1 : 0)) / 100);
}

/**
 * Whether shares are even: they add up to 100 and differ by a hundredth at most (50/50,
 * 33.33/33.33/33.34, or 100/3 each as a journey file may hold).
 */
export function sharesAreEven(percents: readonly number[]): boolean {
  if (percents.length === 0) return false;
  const total = percents.reduce((sum, p) => sum + p, 0);
  return (
    Math.abs(total - 100) < 1e-6 && Math.max(...percents) - Math.min(...percents) <= 0.01 + 1e-9
  );
}

/** The paths with even shares, in their order. */
export function splitEvenly<P extends Pick<RandomPath, 'percent'>>(paths: readonly P[]): P[] {
  const shares = evenShares(paths.length);
  return paths.map((p, i) => ({ ...p, percent: shares[i] }));
}
