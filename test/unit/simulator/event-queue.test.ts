import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../../electron/core/simulator/event-queue';

// The engine's queue (a heap plus ordered lanes for waits) must pop events in exactly the order
// of (time, key), wherever each event was kept: that is what keeps results independent of it.

/** One simulated event loop: pop the earliest event, then push a few later ones (some into lanes). */
const scriptArb = fc.array(
  fc.array(
    fc.record({
      delay: fc.oneof(fc.constantFrom(0, 1, 3, 7), fc.double({ min: 0, max: 10, noNaN: true })),
      lane: fc.integer({ min: -1, max: 2 }),
    }),
    { maxLength: 4 },
  ),
  { minLength: 1, maxLength: 200 },
);

describe('EventQueue', () => {
  it('pops in (time, key) order, whether events sit in the heap or in a lane', () => {
    fc.assert(
      fc.property(scriptArb, fc.integer({ min: 1, max: 60 }), (script, starters) => {
        const q = new EventQueue(4, 3);
        const pending: Array<{ t: number; key: number }> = [];
        let nextKey = 0;
        const add = (t: number, lane: number) => {
          const key = nextKey++;
          pending.push({ t, key });
          if (lane < 0) q.push(t, key, key);
          else q.pushWait(lane, t, key, key);
        };
        for (let i = 0; i < starters; i++) add(i % 5, (i % 4) - 1);
        let step = 0;
        while (q.size > 0) {
          pending.sort((a, b) => a.t - b.t || a.key - b.key);
          const want = pending.shift() as { t: number; key: number };
          expect(q.peekTime()).toBe(want.t);
          expect(q.pop()).toBe(want.key);
          for (const p of script[step++ % script.length]) add(want.t + p.delay, p.lane);
          if (nextKey > 400) break;
        }
        expect(q.size).toBe(pending.length);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps order while a lane grows past its first buffer', () => {
    const q = new EventQueue(4, 1);
    for (let k = 0; k < 5_000; k++) q.pushWait(0, 10 + (k >> 3), k, k);
    q.push(10.5, -1, 99_999);
    const popped: number[] = [];
    while (q.size > 0) popped.push(q.pop());
    expect(popped.slice(0, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(popped[8]).toBe(99_999);
    expect(popped.slice(9)).toEqual(Array.from({ length: 4_992 }, (_, i) => i + 8));
  });
});
