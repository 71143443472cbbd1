import type { SimProgram } from './setup';

/**
 * Who of an account's people is still in the journey and which path of the current split by
 * people each one took. An account passes at most one split by people at a time (the split
 * rules keep splits by people out of each other's paths), so one path slot per person suffices.
 */
export class PeopleState {
  /** Path index at the account's current split by people. */
  readonly path: Int32Array;
  /** 1 once a person has left the journey (matched no connected path, or their group ended). */
  readonly gone: Uint8Array;

  constructor(people: number) {
    this.path = new Int32Array(people).fill(-1);
    this.gone = new Uint8Array(people);
  }

  /** Whether person p belongs to a token's group (-1 = the whole account). */
  inGroup(p: number, group: number): boolean {
    return this.gone[p] === 0 && (group < 0 || this.path[p] === group);
  }
}

/**
 * Split by people inside an account (account journeys): each person still in the journey takes
 * the first path they match; people whose path has no edge (no Other path) leave the journey at
 * the split. `slotPeople[j]` is the size of the group on path j after `divide`.
 */
export class PeopleSplitter {
  readonly slotPeople: Int32Array;
  /** People of the last `divide` who left at the split. */
  left = 0;

  constructor(
    private readonly prog: SimProgram,
    private readonly state: PeopleState,
  ) {
    const { outStart } = prog.graph;
    let widest = 1;
    for (let i = 0; i + 1 < outStart.length; i++)
      widest = Math.max(widest, outStart[i + 1] - outStart[i]);
    this.slotPeople = new Int32Array(widest);
  }

  /** Divides account `acc`'s people at split node n; returns how many paths got a group. */
  divide(n: number, acc: number): number {
    const { outStart, outEdge } = this.prog.graph;
    const { slotGroup, criteria } = this.prog;
    const ps = this.prog.pop.personStart;
    const { path, gone } = this.state;
    const slotPeople = this.slotPeople;
    const s0 = outStart[n];
    const other = outStart[n + 1] - 1;
    // Only this split's paths are read; a loop beats a fill() call for a handful of slots.
    for (let j = 0; j <= other - s0; j++) slotPeople[j] = 0;
    this.left = 0;
    for (let p = ps[acc], end = ps[acc + 1]; p < end; p++) {
      if (gone[p] === 1) continue;
      let j = s0;
      while (j < other && !criteria.matches(slotGroup[j], acc, p, ps)) j++;
      if (outEdge[j] < 0) {
        gone[p] = 1;
        path[p] = -1;
        this.left++;
        continue;
      }
      path[p] = j - s0;
      slotPeople[j - s0]++;
    }
    let groups = 0;
    for (let j = 0; j <= other - s0; j++) if (slotPeople[j] > 0) groups++;
    return groups;
  }

  /** Marks the people of one group as gone (their group ended before the merge). */
  endGroup(acc: number, group: number): void {
    const ps = this.prog.pop.personStart;
    const { path, gone } = this.state;
    for (let p = ps[acc], end = ps[acc + 1]; p < end; p++)
      if (gone[p] === 0 && path[p] === group) gone[p] = 1;
  }
}
