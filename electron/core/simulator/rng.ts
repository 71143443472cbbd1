import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

type Generator = ReturnType<typeof xoroshiro128plus>;

const INV_2_32 = 1 / 4294967296;

/** A seeded, mutable PRNG stream (pure-rand xoroshiro128+); no allocation per draw. */
export class Rng {
  private readonly gen: Generator;

  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed | 0);
  }

  /** A float in [0, 1) with 32 bits of randomness. */
  float(): number {
    return (this.gen.next() >>> 0) * INV_2_32;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** A standard normal draw (Box–Muller, one value per call). */
  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }
}

/** Mixes a seed with a stream name so that independent streams never share a sequence. */
export function streamSeed(seed: number, stream: string): number {
  let h = (seed ^ 0x9e3779b9) | 0;
  for (let i = 0; i < stream.length; i++) {
    h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
  }
  return Math.imul(h ^ (h >>> 13), 0x5bd1e995) ^ (h >>> 16);
}
