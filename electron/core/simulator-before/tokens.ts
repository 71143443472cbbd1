/**
 * Tokens are what moves through the graph: one per admitted unit (token id = unit id), plus one
 * per extra group of people while a split by people has divided an account. Freed group tokens
 * are reused, so the arrays hold only what is in flight. Arrays grow by doubling.
 */
export class Tokens {
  unit: Int32Array;
  node: Int32Array;
  /** Output to leave `node` by when the token's event fires; -1 = arriving at `node`. */
  slot: Int32Array;
  people: Int32Array;
  loops: Int32Array;
  /** Transitions so far: bounds cycles that go round without a Go to (or through zero-length waits). */
  steps: Int32Array;
  /** The split-by-people frame the token is a group of, or -1 for a whole account (or a person). */
  frame: Int32Array;
  /** The path (output index of the split) the group took. */
  path: Int32Array;
  count: number;
  private free: number[] = [];

  constructor(units: number) {
    const cap = units + 16;
    this.unit = new Int32Array(cap);
    this.node = new Int32Array(cap);
    this.slot = new Int32Array(cap);
    this.people = new Int32Array(cap);
    this.loops = new Int32Array(cap);
    this.steps = new Int32Array(cap);
    this.frame = new Int32Array(cap).fill(-1);
    this.path = new Int32Array(cap);
    this.count = units;
  }

  /** A new token copying `from`'s unit, loop and step counts. */
  spawn(from: number, people: number, node: number, slot: number): number {
    let t = this.free.pop();
    if (t === undefined) {
      if (this.count === this.unit.length) this.grow();
      t = this.count++;
    }
    this.unit[t] = this.unit[from];
    this.loops[t] = this.loops[from];
    this.steps[t] = this.steps[from];
    this.frame[t] = this.frame[from];
    this.path[t] = this.path[from];
    this.people[t] = people;
    this.node[t] = node;
    this.slot[t] = slot;
    return t;
  }

  /** Gives a group token back once its people have joined their account again (or ended). */
  release(t: number): void {
    this.frame[t] = -1;
    this.free.push(t);
  }

  private grow(): void {
    const g = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.unit = g(this.unit);
    this.node = g(this.node);
    this.slot = g(this.slot);
    this.people = g(this.people);
    this.loops = g(this.loops);
    this.steps = g(this.steps);
    this.frame = g(this.frame);
    this.path = g(this.path);
  }
}
