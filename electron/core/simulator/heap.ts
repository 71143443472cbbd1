/**
 * A 4-ary min-heap of (time, key, token) on typed arrays; grows by doubling. Four children per
 * node halve the depth of a binary heap, and siblings sit side by side in memory: popping from a
 * heap of a million waiting tokens costs about half the cache misses. Events at the same
 * time pop in `key` order (the engine passes unit and group), so the order never depends on which
 * other profiles share the heap: a partition of the population pops its events in the same order
 * as the whole population would.
 */
export class EventHeap {
  times: Float64Array;
  keys: Int32Array;
  tokens: Int32Array;
  size = 0;

  constructor(capacity: number) {
    const cap = Math.max(16, capacity);
    this.times = new Float64Array(cap);
    this.keys = new Int32Array(cap);
    this.tokens = new Int32Array(cap);
  }

  /** Adds an event. */
  push(t: number, key: number, token: number): void {
    if (this.size === this.times.length) this.grow();
    const { times, keys, tokens } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pt = times[parent];
      if (pt < t || (pt === t && keys[parent] <= key)) break;
      times[i] = pt;
      keys[i] = keys[parent];
      tokens[i] = tokens[parent];
      i = parent;
    }
    times[i] = t;
    keys[i] = key;
    tokens[i] = token;
  }

  /** The earliest time; only meaningful when size > 0. */
  peekTime(): number {
    return this.times[0];
  }

  /** Removes the earliest event and returns its token. */
  pop(): number {
    const { times, keys, tokens } = this;
    const top = tokens[0];
    const size = --this.size;
    const lastT = times[size];
    const lastK = keys[size];
    const lastP = tokens[size];
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= size) break;
      // The least of up to four children, by time then key.
      let c = first;
      let ct = times[c];
      let ck = keys[c];
      const end = Math.min(first + 4, size);
      for (let j = first + 1; j < end; j++) {
        const jt = times[j];
        if (jt < ct || (jt === ct && keys[j] < ck)) {
          c = j;
          ct = jt;
          ck = keys[j];
        }
      }
      if (ct > lastT || (ct === lastT && ck >= lastK)) break;
      times[i] = ct;
      keys[i] = ck;
      tokens[i] = tokens[c];
      i = c;
    }
    times[i] = lastT;
    keys[i] = lastK;
    tokens[i] = lastP;
    return top;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    const keys = new Int32Array(n);
    const tokens = new Int32Array(n);
    times.set(this.times);
    keys.set(this.keys);
    tokens.set(this.tokens);
    this.times = times;
    this.keys = keys;
    this.tokens = tokens;
  }
}
