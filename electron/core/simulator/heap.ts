/** A binary min-heap of (time, token) pairs on typed arrays; grows by doubling. */
export class EventHeap {
  times: Float64Array;
  tokens: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.times = new Float64Array(Math.max(16, capacity));
    this.tokens = new Int32Array(Math.max(16, capacity));
  }

  /** Adds an event. */
  push(t: number, token: number): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const tokens = this.tokens;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent] <= t) break;
      times[i] = times[parent];
      tokens[i] = tokens[parent];
      i = parent;
    }
    times[i] = t;
    tokens[i] = token;
  }

  /** The earliest time; only meaningful when size > 0. */
  peekTime(): number {
    return this.times[0];
  }

  /** Removes the earliest event and returns its token. */
  pop(): number {
    const times = this.times;
    const tokens = this.tokens;
    const top = tokens[0];
    const size = --this.size;
    const lastT = times[size];
    const lastP = tokens[size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && times[c + 1] < times[c]) c++;
      if (times[c] >= lastT) break;
      times[i] = times[c];
      tokens[i] = tokens[c];
      i = c;
    }
    times[i] = lastT;
    tokens[i] = lastP;
    return top;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    const tokens = new Int32Array(this.tokens.length * 2);
    times.set(this.times);
    tokens.set(this.tokens);
    this.times = times;
    this.tokens = tokens;
  }
}
