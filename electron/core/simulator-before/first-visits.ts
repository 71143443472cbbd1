import type { PeopleState } from './people-split';

/**
 * Which units have passed each item (node or edge), one bit per item × unit, so a journey that
 * revisits nodes (a Go to) can count distinct accounts or people beside visits. Allocated only
 * for such journeys: 20 nodes × 1,000,000 accounts take 2.5 MB.
 */
export class FirstVisits {
  private readonly bits: Uint32Array;

  constructor(
    items: number,
    private readonly units: number,
    /** Distinct units per item, incremented on a unit's first pass. */
    private readonly distinct: Float64Array,
    /** The people those units carried on their first pass. */
    private readonly people: Float64Array,
  ) {
    this.bits = new Uint32Array(Math.ceil((items * units) / 32));
  }

  /** Counts `unit` (carrying `people`) at `item` unless it passed there before. */
  mark(item: number, unit: number, people: number): void {
    const bit = item * this.units + unit;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if (this.bits[word] & mask) return;
    this.bits[word] |= mask;
    this.distinct[item]++;
    this.people[item] += people;
  }
}

/**
 * Per-person first visits on the nodes and edges of the paths of a split by people, where a
 * group of an account's people passes: a later visit (a Go to) may bring other people of the
 * account along a path, so distinct people there are counted person by person. Elsewhere an
 * account carries all its people still in the journey, which only shrinks, so its first visit
 * counts them all (FirstVisits). Items off those paths get no bits.
 */
export class PersonVisits {
  private readonly row: Int32Array;
  private readonly bits: Uint32Array;

  constructor(
    /** 1 for items groups pass. */
    groupItem: Uint8Array,
    private readonly people: number,
    /** Distinct people per item. */
    private readonly distinct: Float64Array,
    private readonly state: PeopleState,
    private readonly personStart: Int32Array,
  ) {
    let rows = 0;
    this.row = Int32Array.from(groupItem, (g) => (g === 1 ? rows++ : -1));
    this.bits = new Uint32Array(Math.ceil((rows * people) / 32));
  }

  /** Counts each person of account `acc`'s group `group` at `item` unless they passed there before. */
  markGroup(item: number, acc: number, group: number): void {
    const base = this.row[item] * this.people;
    const { state, bits } = this;
    for (let p = this.personStart[acc], end = this.personStart[acc + 1]; p < end; p++) {
      if (!state.inGroup(p, group)) continue;
      const bit = base + p;
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      if (bits[word] & mask) continue;
      bits[word] |= mask;
      this.distinct[item]++;
    }
  }
}
