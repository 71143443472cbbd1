import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import {
  action,
  chain,
  crit,
  csvScenario,
  edge,
  entry,
  exit,
  journey,
  rows,
  split,
  stats,
  wait,
} from './build';

describe('a hand-computed scenario (1,000 people, deterministic splits)', () => {
  // segment = 'abcd'[i % 4], score = i. Path A: segment a (250). Path B: score > 899 and not a (75).
  // Other: 675, through an unconfigured step, then out. B waits 100 days: still waiting at day 30.
  const j = journey(
    [
      entry(),
      split('split', [
        ['A', [crit('segment', 'equals', 'A')]],
        ['B', [crit('score', 'greaterThan', '899')]],
      ]),
      wait('waitA', 2),
      action('score', 'change-score', { scoreName: 'engagement', change: 10 }),
      wait('waitB', 100),
      action('todo', null),
      exit('exitA'),
      exit('exitB'),
      exit('exitOther'),
    ],
    [
      edge('entry', 'split'),
      edge('split', 'waitA', 'A'),
      edge('split', 'waitB', 'B'),
      edge('split', 'todo', 'other'),
      ...chain('waitA', 'score', 'exitA'),
      edge('waitB', 'exitB'),
      edge('todo', 'exitOther'),
    ],
  );
  const r = simulate(j, csvScenario(rows(1000)));

  it('routes by first matching path, case-insensitively', () => {
    expect(stats(r, 'waitA')?.entered).toBe(250);
    expect(stats(r, 'waitB')?.entered).toBe(75);
    expect(stats(r, 'todo')).toMatchObject({ entered: 675, skipped: 675, completed: 0 });
  });

  it('counts exits by reason and people waiting at the horizon', () => {
    expect(r.exits).toEqual({
      exitNode: 925,
      horizon: 75,
      aborted: 0,
      loopLimit: 0,
      dropped: 0,
      noPeople: 0,
    });
    expect(stats(r, 'waitB')).toMatchObject({ waiting: 75, completed: 0 });
    expect(stats(r, 'exitA')).toMatchObject({ entered: 250, exited: 250 });
    expect(r.actions.scoreChanges.map((e) => [e.id, e.change])).toEqual([['engagement', 2500]]);
    expect(r.actions.byAction).toEqual({
      'change-score': { label: 'Change Score', unit: 'person', count: 250, times: 250 },
    });
  });

  it('times the waits on the virtual clock', () => {
    expect(stats(r, 'score')?.daily[2]).toBe(250);
    expect(stats(r, 'score')?.daily.reduce((a, b) => a + b, 0)).toBe(250);
    expect(stats(r, 'entry')?.daily[0]).toBe(1000);
  });

  it('counts edges and reports the skipped step', () => {
    const counts = Object.fromEntries(
      r.edges.map((e) => [e.edgeId.replace(/^e\d+-/, ''), e.count]),
    );
    expect(counts).toMatchObject({
      'entry-out': 1000,
      'split-A': 250,
      'split-B': 75,
      'split-other': 675,
      'todo-out': 675,
    });
    expect(r.warnings.map((w) => w.code)).toContain('skipped_step');
  });

  it('admits arrivals per day and closes to new entries at the start of the closing day', () => {
    const r2 = simulate(
      j,
      csvScenario(rows(1000), {
        entry: { pattern: 'perDay', perDay: 100 },
        lifecycle: { closeAtDay: 4 },
      }),
    );
    // Days count from 1: days 1–3 admit 100 each; from day 4 on nobody (700 refused).
    expect(r2.profiles).toEqual({ admitted: 300, notAdmitted: 700 });
    expect(r2.people).toBeUndefined();
    expect(stats(r2, 'entry')?.daily.slice(0, 6)).toEqual([100, 100, 100, 0, 0, 0]);
  });

  it('closed on day 1: nobody is admitted', () => {
    const r2 = simulate(j, csvScenario(rows(10), { lifecycle: { closeAtDay: 1 } }));
    expect(r2.profiles).toEqual({ admitted: 0, notAdmitted: 10 });
  });
});
