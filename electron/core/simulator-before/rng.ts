const INV_2_32 = 1 / 4294967296;
const GOLDEN = 0x9e3779b9 | 0;

/** lowbias32 (hash-prospector): a cheap 32-bit mixer with good avalanche. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return x ^ (x >>> 15);
}

/**
 * A counter-based random stream (SplitMix-style: a Weyl sequence through a mixer). `at(base, …)`
 * positions it on the stream of one account or person at one step, so the draws a profile gets
 * depend only on the seed and its own index and progress, never on the order in which other
 * profiles ran: that is what lets a population be split across worker threads and still give the
 * same result (DESIGN section 5). Repositioning is a few integer ops, with no allocation (a
 * library generator per step would allocate one object per transition).
 */
export class Rng {
  private s: number;

  constructor(seed = 0) {
    this.s = seed | 0;
  }

  /** Positions the stream on (base, a, b, c): the draws that follow depend on these only. */
  at(base: number, a: number, b = 0, c = 0): this {
    let h = mix32(base ^ Math.imul(a + 1, GOLDEN));
    h = mix32(h ^ Math.imul(b + 1, 0x85ebca77));
    this.s = mix32(h ^ Math.imul(c + 1, 0xc2b2ae3d));
    return this;
  }

  /** A float in [0, 1) with 32 bits of randomness. */
  float(): number {
    this.s = (this.s + GOLDEN) | 0;
    return (mix32(this.s) >>> 0) * INV_2_32;
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
