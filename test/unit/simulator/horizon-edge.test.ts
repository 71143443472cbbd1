import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { chain, entry, exit, journey, stats, synthScenario, wait } from './build';

// Horizon N means days 1..N: everyone enters at the start of day 1 (all at start), so a
// "Wait 7 days" ends at the start of day 8. By hand: at horizon 7 nobody has left (all 5 accounts
// still waiting); at horizon 8 all 5 leave through the Exit on day 8.
describe('the horizon is the last day anything happens', () => {
  const j = journey(
    [entry(), wait('wait7', 7), exit('out')],
    chain('entry', 'wait7', 'out'),
    'account',
  );
  const run = (horizonDays: number) =>
    simulate(j, synthScenario(5, { horizonDays, entry: { pattern: 'allAtStart' } }));

  it('keeps everyone waiting when the wait ends on the day after the horizon', () => {
    const r = run(7);
    expect(stats(r, 'wait7')).toMatchObject({ entered: 5, waiting: 5, completed: 0 });
    expect(stats(r, 'out')?.entered).toBe(0);
    expect(r.exits.horizon).toBe(5);
    expect(r.exits.exitNode).toBe(0);
    expect(r.finishedOnDay).toBeNull();
  });

  it('lets everyone leave on the last day when the horizon reaches it', () => {
    const r = run(8);
    expect(stats(r, 'wait7')).toMatchObject({ entered: 5, waiting: 0, completed: 5 });
    expect(stats(r, 'out')?.entered).toBe(5);
    // Day 8 is index 7 of the daily series; nothing is counted on an earlier day.
    expect(stats(r, 'out')?.daily).toEqual([0, 0, 0, 0, 0, 0, 0, 5]);
    expect(r.exits).toMatchObject({ exitNode: 5, horizon: 0 });
    expect(r.finishedOnDay).toBe(8);
  });
});
