import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { waitingOnDay } from '../../../shared/simulation';
import { chain, csvScenario, edgeFrom, entry, exit, journey, rows, stats, wait } from './build';

// Consultant item 4 of issue 17: a replay day shows what waits in a Wait as of that day, not
// only on the last day. 10 people enter 2 a day (days 1–5) and wait 3 days; the run lasts 6 days.
// Entered by the end of day index d: min(2(d + 1), 10); each leaves 3 days after entering, so
// waiting(d) = entered(d) − entered(d − 3): 2, 4, 6, 6, 6, 4 (the last = those still inside).
const perDay = { entry: { pattern: 'perDay', perDay: 2 }, horizonDays: 6 } as const;

describe('waiting on a replay day', () => {
  const r = simulate(
    journey([entry(), wait('w', 3), exit()], chain('entry', 'w', 'exit')),
    csvScenario(rows(10), perDay),
  );
  const w = stats(r, 'w');
  const out = edgeFrom(r, 'w');

  it('is what entered so far less what left, day by day, ending at the run’s waiting figure', () => {
    if (!w || !out) throw new Error('no Wait figures');
    const days = [0, 1, 2, 3, 4, 5].map((d) => waitingOnDay(r, w, [out], d)?.waiting);
    expect(days).toEqual([2, 4, 6, 6, 6, 4]);
    expect(w.waiting).toBe(4);
    expect(waitingOnDay(r, w, [out], 1)?.waitingText).toBe('4 people');
  });

  it('is unknown (null) when some ended at the step: no daily series says when', () => {
    const ends = simulate(
      journey([entry(), wait('w', 3)], chain('entry', 'w')),
      csvScenario(rows(10), perDay),
    );
    const held = stats(ends, 'w');
    if (!held) throw new Error('no Wait figures');
    expect(held.exited).toBeGreaterThan(0);
    expect(waitingOnDay(ends, held, [], 4)).toBeNull();
  });
});
