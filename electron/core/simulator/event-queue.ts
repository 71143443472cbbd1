import { EventHeap } from './heap';

/**
 * Events that arrived in (time, key) order: a ring buffer that grows by doubling. A fixed-length
 * wait is entered in time order (events pop in time order and all wait the same), so its tokens
 * leave in the order they came: they need no heap.
 */
class Lane {
  times = new Float64Array(1024);
  keys = new Int32Array(1024);
  tokens = new Int32Array(1024);
  head = 0;
  size = 0;
  lastT = -Infinity;
  lastK = 0;

  /** Appends (t, key) if it does not come before the last event; false if it does. */
  append(t: number, key: number, token: number): boolean {
    if (this.size > 0 && (t < this.lastT || (t === this.lastT && key < this.lastK))) return false;
    if (this.size === this.times.length) this.grow();
    const i = (this.head + this.size++) & (this.times.length - 1);
    this.times[i] = t;
    this.keys[i] = key;
    this.tokens[i] = token;
    this.lastT = t;
    this.lastK = key;
    return true;
  }

  shift(): number {
    const token = this.tokens[this.head];
    this.head = (this.head + 1) & (this.times.length - 1);
    this.size--;
    return token;
  }

  private grow(): void {
    const n = this.times.length;
    const order = (a: Float64Array | Int32Array, b: Float64Array | Int32Array) => {
      b.set(a.subarray(this.head));
      b.set(a.subarray(0, this.head), n - this.head);
    };
    const times = new Float64Array(2 * n);
    const keys = new Int32Array(2 * n);
    const tokens = new Int32Array(2 * n);
    order(this.times, times);
    order(this.keys, keys);
    order(this.tokens, tokens);
    this.times = times;
    this.keys = keys;
    this.tokens = tokens;
    this.head = 0;
  }
}

/**
 * The engine's pending events, popped in (time, key) order: a heap, plus one ordered lane per
 * wait node. Tokens entering a wait go to its lane when they keep its order (with fixed waits,
 * nearly always) and to the heap otherwise, so popping is a look at a few lane heads instead of
 * a heap descent through memory. The order of events is exactly the heap's.
 */
export class EventQueue {
  private readonly heap: EventHeap;
  private readonly lanes: Lane[];
  size = 0;
  /** Where the earliest event is: -1 the heap, else a lane; meaningful when size > 0. */
  private next = -1;

  constructor(capacity: number, lanes: number) {
    this.heap = new EventHeap(capacity);
    this.lanes = Array.from({ length: lanes }, () => new Lane());
  }

  /** Adds an event. */
  push(t: number, key: number, token: number): void {
    this.heap.push(t, key, token);
    this.added(-1, t, key);
  }

  /** Adds an event that leaves wait `lane`: in the lane when it keeps the lane's order. */
  pushWait(lane: number, t: number, key: number, token: number): void {
    if (!this.lanes[lane].append(t, key, token)) return this.push(t, key, token);
    this.added(lane, t, key);
  }

  /** The earliest time; only meaningful when size > 0. */
  peekTime(): number {
    return this.next < 0 ? this.heap.times[0] : this.timeAt(this.next);
  }

  /** Removes the earliest event and returns its token. */
  pop(): number {
    const token = this.next < 0 ? this.heap.pop() : this.lanes[this.next].shift();
    this.size--;
    this.findNext();
    return token;
  }

  private added(source: number, t: number, key: number): void {
    if (this.size++ === 0 || this.before(t, key, this.next)) this.next = source;
  }

  private timeAt(lane: number): number {
    const l = this.lanes[lane];
    return l.times[l.head];
  }

  /** Whether (t, key) comes before the earliest event of `source`. */
  private before(t: number, key: number, source: number): boolean {
    let st: number;
    let sk: number;
    if (source < 0) {
      st = this.heap.times[0];
      sk = this.heap.keys[0];
    } else {
      const l = this.lanes[source];
      st = l.times[l.head];
      sk = l.keys[l.head];
    }
    return t < st || (t === st && key < sk);
  }

  private findNext(): void {
    const heap = this.heap;
    let best = -1;
    let found = heap.size > 0;
    let bt = found ? heap.times[0] : 0;
    let bk = found ? heap.keys[0] : 0;
    for (let i = 0; i < this.lanes.length; i++) {
      const l = this.lanes[i];
      if (l.size === 0) continue;
      const t = l.times[l.head];
      const k = l.keys[l.head];
      if (!found || t < bt || (t === bt && k < bk)) {
        best = i;
        bt = t;
        bk = k;
        found = true;
      }
    }
    this.next = best;
  }
}
