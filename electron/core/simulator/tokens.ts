/**
 * Tokens are what moves through the graph: one per admitted unit (token id = unit id), plus
 * extra ones when a split by people divides an account. Arrays grow by doubling.
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
  count: number;

  constructor(units: number) {
    const cap = units + 16;
    this.unit = new Int32Array(cap);
    this.node = new Int32Array(cap);
    this.slot = new Int32Array(cap);
    this.people = new Int32Array(cap);
    this.loops = new Int32Array(cap);
    this.steps = new Int32Array(cap);
    this.count = units;
  }

  /** A new token copying `from`'s unit and loop count. */
  spawn(from: number, people: number, node: number, slot: number): number {
    if (this.count === this.unit.length) this.grow();
    const t = this.count++;
    this.unit[t] = this.unit[from];
    this.loops[t] = this.loops[from];
    this.steps[t] = this.steps[from];
    this.people[t] = people;
    this.node[t] = node;
    this.slot[t] = slot;
    return t;
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
  }
}
