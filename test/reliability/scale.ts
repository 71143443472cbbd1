/** RELIABILITY_SCALE multiplies every count of the reliability and fuzz suites (1 in CI, 10 for a long run). */
export const SCALE: number =
  Number(process.env.RELIABILITY_SCALE) > 0 ? Number(process.env.RELIABILITY_SCALE) : 1;

/** A count at the current scale (at least 1). */
export function scaled(base: number): number {
  return Math.max(1, Math.round(base * SCALE));
}

/** A seed for this run: RELIABILITY_SEED replays a failure, otherwise a fresh one. */
export const SEED: number =
  Number(process.env.RELIABILITY_SEED) || (Date.now() ^ (process.pid << 8)) >>> 0;

/** A small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
