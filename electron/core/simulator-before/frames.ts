/**
 * One frame per account per pass through a split by people: how many of its groups are still
 * on the paths and how many people already reached the closing Merge paths node. The account
 * continues past the merge once, when its last group has arrived or ended (DESIGN section 5).
 * Slots are reused; arrays grow by doubling.
 */
export class Frames {
  acc = new Int32Array(64);
  merge = new Int32Array(64);
  /** Groups still on the paths. */
  outstanding = new Int32Array(64);
  /** Groups that reached the merge so far. */
  arrived = new Int32Array(64);
  /** People that reached the merge so far. */
  people = new Int32Array(64);
  /** The most steps any group made so far: the account goes on from there. */
  steps = new Int32Array(64);
  /** In use (1) or free (0). */
  live = new Uint8Array(64);
  /** Already counted once at the end of the run (horizon or abort). */
  counted = new Uint8Array(64);
  private free: number[] = [];
  private used = 0;

  /** A fresh frame for account `acc` closed by merge node `merge`. */
  open(acc: number, merge: number): number {
    let f = this.free.pop();
    if (f === undefined) {
      if (this.used === this.acc.length) this.grow();
      f = this.used++;
    }
    this.acc[f] = acc;
    this.merge[f] = merge;
    this.outstanding[f] = 0;
    this.arrived[f] = 0;
    this.people[f] = 0;
    this.steps[f] = 0;
    this.live[f] = 1;
    this.counted[f] = 0;
    return f;
  }

  /** Frees a frame once its account has moved on (or ended). */
  close(f: number): void {
    this.live[f] = 0;
    this.free.push(f);
  }

  /** Frames ever allocated (live or free). */
  get size(): number {
    return this.used;
  }

  private grow(): void {
    const n = this.acc.length * 2;
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const u8 = (a: Uint8Array) => {
      const b = new Uint8Array(n);
      b.set(a);
      return b;
    };
    this.acc = i32(this.acc);
    this.merge = i32(this.merge);
    this.outstanding = i32(this.outstanding);
    this.arrived = i32(this.arrived);
    this.people = i32(this.people);
    this.steps = i32(this.steps);
    this.live = u8(this.live);
    this.counted = u8(this.counted);
  }
}
