import type { Counters } from './counters';
import type { EventHeap } from './heap';
import type { SimProgram } from './setup';
import type { Tokens } from './tokens';

/**
 * Split by people inside an account (account journeys): each person takes the first matching
 * path; the token keeps the first non-empty group and every other group gets a new token at the
 * same time. Tokens carry a people count, not identities: a token holding only part of the
 * account divides its count in proportion to how all the account's people divide, so the
 * people on an account's tokens never add up to more than the account has.
 */
export class PeopleSplitter {
  private readonly slotPeople: Int32Array;
  private readonly slotRest: Float64Array;

  constructor(
    private readonly prog: SimProgram,
    private readonly tokens: Tokens,
    private readonly heap: EventHeap,
    private readonly c: Counters,
  ) {
    const { outStart } = prog.graph;
    let widest = 1;
    for (let i = 0; i + 1 < outStart.length; i++) widest = Math.max(widest, outStart[i + 1] - outStart[i]);
    this.slotPeople = new Int32Array(widest);
    this.slotRest = new Float64Array(widest);
  }

  /** Splits token `tok` of account `acc` at split node n; returns the output the token itself takes. */
  split(n: number, tok: number, acc: number, t: number): number {
    const { outStart } = this.prog.graph;
    const { slotGroup, criteria } = this.prog;
    const ps = this.prog.pop.personStart;
    const slotPeople = this.slotPeople;
    const s0 = outStart[n];
    const other = outStart[n + 1] - 1;
    slotPeople.fill(0);
    for (let p = ps[acc], end = ps[acc + 1]; p < end; p++) {
      let j = s0;
      while (j < other && !criteria.matches(slotGroup[j], acc, p, ps)) j++;
      slotPeople[j - s0]++;
    }
    const tokens = this.tokens;
    const have = tokens.people[tok];
    const all = ps[acc + 1] - ps[acc];
    if (have < all) this.apportion(other - s0 + 1, have, all);
    let first = -1;
    for (let j = 0; j <= other - s0; j++) {
      if (slotPeople[j] === 0) continue;
      if (first < 0) {
        first = j;
        tokens.people[tok] = slotPeople[j];
        continue;
      }
      const extra = tokens.spawn(tok, slotPeople[j], n, j);
      this.c.entered[n]++;
      this.c.spawned++;
      this.heap.push(t, extra);
    }
    return first < 0 ? other - s0 : first;
  }

  /** Scales the group sizes from `all` people down to `have` (largest remainder). */
  private apportion(paths: number, have: number, all: number): void {
    const slotPeople = this.slotPeople;
    const slotRest = this.slotRest;
    let given = 0;
    for (let j = 0; j < paths; j++) {
      const exact = (slotPeople[j] * have) / all;
      slotRest[j] = exact - Math.floor(exact);
      slotPeople[j] = Math.floor(exact);
      given += slotPeople[j];
    }
    for (; given < have; given++) {
      let best = 0;
      for (let j = 1; j < paths; j++) if (slotRest[j] > slotRest[best]) best = j;
      slotPeople[best]++;
      slotRest[best] = -1;
    }
  }
}
