import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import {
  action,
  chain,
  crit,
  csvScenario,
  edge,
  edgeFrom,
  entry,
  execSplit,
  exit,
  journey,
  merge,
  score,
  split,
  stats,
  THREE_ACCOUNTS,
  wait,
  peopleLoop,
} from './build';

// Hand-computed account scenarios (issue 17): the unit is the account carrying its people; a
// split by people divides the people, Merge paths joins them, and the account continues once.

const scenario = (over = {}) => csvScenario(THREE_ACCOUNTS, { horizonDays: 30, ...over }, 'acct');
const moment = (id: string) =>
  action(
    id,
    'account-interesting-moment',
    { type: 'Milestone', description: 'Engaged' },
    'account',
  );

describe('buying group: split by people, merge, account action after the merge', () => {
  const j = journey(
    [
      entry(),
      moment('stage'),
      execSplit('who'),
      score('dm', 10),
      score('infl', 1),
      merge('m'),
      wait('w7', 7),
      moment('after'),
      split('size', [['ent', [crit('employees', 'greaterThan', '1000', 'account')]]]),
      exit('sales'),
      exit('later'),
    ],
    [
      ...chain('entry', 'stage', 'who'),
      edge('who', 'dm', 'exec'),
      edge('who', 'infl', 'other'),
      edge('dm', 'm'),
      edge('infl', 'm'),
      ...chain('m', 'w7', 'after', 'size'),
      edge('size', 'sales', 'ent'),
      edge('size', 'later', 'other'),
    ],
    'account',
  );
  const r = simulate(j, scenario());

  it('admits 3 accounts with 6 people and ends each once', () => {
    expect(r.unit).toBe('account');
    expect(r.profiles).toEqual({ admitted: 3, notAdmitted: 0 });
    expect(r.people).toEqual({
      admitted: 6,
      notAdmitted: 0,
      exits: { exitNode: 6, horizon: 0, aborted: 0, loopLimit: 0, dropped: 0, noPeople: 0 },
    });
    expect(r.exits).toEqual({
      exitNode: 3,
      horizon: 0,
      aborted: 0,
      loopLimit: 0,
      dropped: 0,
      noPeople: 0,
    });
  });

  it('divides people among the paths: executives of A and C, the others of A and B', () => {
    expect(stats(r, 'who')).toMatchObject({
      entered: 3,
      completed: 3,
      people: { entered: 6, completed: 6 },
    });
    expect(edgeFrom(r, 'who', 'exec')).toMatchObject({ count: 2, people: 2 });
    expect(edgeFrom(r, 'who', 'other')).toMatchObject({ count: 2, people: 4 });
    expect(stats(r, 'dm')).toMatchObject({
      level: 'people',
      entered: 2,
      completed: 2,
      people: { entered: 2 },
    });
    expect(stats(r, 'infl')).toMatchObject({ level: 'people', entered: 2, people: { entered: 4 } });
    // People actions apply per person: 2 × 10 + 4 × 1.
    expect(r.actions.scoreChanges.map((e) => [e.id, e.change])).toEqual([['engagement', 24]]);
  });

  it('joins each account once at the merge; the account action after it applies once per account', () => {
    expect(stats(r, 'm')).toMatchObject({
      level: 'account',
      entered: 3,
      completed: 3,
      waiting: 0,
      people: { entered: 6, completed: 6 },
    });
    expect(stats(r, 'w7')).toMatchObject({ entered: 3, people: { entered: 6 } });
    expect(stats(r, 'after')).toMatchObject({ entered: 3, completed: 3, people: { entered: 6 } });
    // "stage" before the split and "after" behind the merge: 3 accounts each, never more.
    // The action ran 3 + 3 = 6 times on the same 3 accounts: 3 distinct, never more than admitted.
    expect(r.actions.byAction['account-interesting-moment']).toEqual({
      label: 'Account Interesting Moment',
      unit: 'account',
      count: 3,
      times: 6,
    });
    // Two people steps: "dm" scores the executives of A and C (2 people), "infl" the rest of A
    // and all of B (4 people): 6 distinct people, once each.
    expect(r.actions.byAction['change-score']).toEqual({
      label: 'Change Score',
      unit: 'person',
      count: 6,
      times: 6,
    });
    expect(stats(r, 'w7')?.daily[0]).toBe(3);
    expect(stats(r, 'after')?.daily[7]).toBe(3);
  });

  it('splits by accounts with all people of each account', () => {
    expect(stats(r, 'sales')).toMatchObject({ entered: 2, people: { entered: 4 } });
    expect(stats(r, 'later')).toMatchObject({ entered: 1, people: { entered: 2 } });
  });

  it('traces read like a story: one account, one pass after the merge, days from 1', () => {
    const a = r.traces[0].steps;
    expect(a[0]).toMatchObject({
      day: 1,
      nodeId: 'entry',
      note: 'the account entered the journey with 3 people',
    });
    expect(a.find((s) => s.nodeId === 'who')?.note).toBe(
      "the account's people divided: 1 person to “exec”, 2 people to “Other”",
    );
    expect(a.filter((s) => s.nodeId === 'after')).toHaveLength(1);
    expect(a.filter((s) => s.nodeId === 'sales')).toHaveLength(1);
    expect(a.find((s) => s.nodeId === 'after')).toMatchObject({ day: 8 });
    expect(a.find((s) => s.nodeId === 'dm')?.note).toBe(
      'Change Score: score “engagement” +10 (now 10) for 1 person',
    );
  });

  it('reports the day the journey would become Finished', () => {
    expect(r.finishedOnDay).toBe(8);
    expect(simulate(j, scenario({ horizonDays: 5 })).finishedOnDay).toBeNull();
  });
});

describe('nested splits by accounts around a split by people', () => {
  // big (> 1000): A, C. Inside it, a split by people on executives, then a split by accounts on
  // employees > 2000 (A only) behind the merge.
  const j = journey(
    [
      entry(),
      split('big', [['yes', [crit('employees', 'greaterThan', '1000', 'account')]]]),
      execSplit('who'),
      score('dm', 5),
      merge('m'),
      split('huge', [['yes', [crit('employees', 'greaterThan', '2000', 'account')]]]),
      moment('vip'),
      exit('vipExit'),
      exit('bigExit'),
      exit('small'),
    ],
    [
      edge('entry', 'big'),
      edge('big', 'who', 'yes'),
      edge('big', 'small', 'other'),
      edge('who', 'dm', 'exec'),
      edge('dm', 'm'),
      edge('who', 'm', 'other'),
      edge('m', 'huge'),
      edge('huge', 'vip', 'yes'),
      edge('huge', 'bigExit', 'other'),
      edge('vip', 'vipExit'),
    ],
    'account',
  );
  const r = simulate(j, scenario());

  it('counts accounts and people at every level', () => {
    expect(stats(r, 'small')).toMatchObject({ entered: 1, people: { entered: 2 } });
    expect(stats(r, 'who')).toMatchObject({ entered: 2, people: { entered: 4 } });
    expect(stats(r, 'dm')).toMatchObject({ entered: 2, people: { entered: 2 } });
    // C has only an executive: its only group is on "exec"; A has groups on both paths.
    expect(edgeFrom(r, 'who', 'other')).toMatchObject({ count: 1, people: 2 });
    expect(stats(r, 'm')).toMatchObject({
      entered: 2,
      completed: 2,
      people: { entered: 4, completed: 4 },
    });
    expect(stats(r, 'vip')).toMatchObject({ entered: 1, people: { entered: 3 } });
    expect(stats(r, 'bigExit')).toMatchObject({ entered: 1, people: { entered: 1 } });
    expect(r.exits.exitNode).toBe(3);
    expect(r.people?.exits.exitNode).toBe(6);
  });
});

describe('Go to loops through a split by people', () => {
  // Each visit: split, merge, one account action, wait a day, go back. Loop limit 2: three
  // visits, then the third Go to ends the account.
  const j = peopleLoop(moment('after'));
  const r = simulate(j, scenario({ loopLimit: 2 }));

  it('passes each account-level node once per visit', () => {
    expect(stats(r, 'who')).toMatchObject({ entered: 9, people: { entered: 18 } });
    expect(stats(r, 'm')).toMatchObject({ entered: 9, completed: 9, people: { entered: 18 } });
    expect(stats(r, 'after')).toMatchObject({ entered: 9 });
    // 9 visits of 'after' (3 per account): 3 distinct accounts, 9 times.
    expect(r.actions.byAction['account-interesting-moment']).toEqual({
      label: 'Account Interesting Moment',
      unit: 'account',
      count: 3,
      times: 9,
    });
    expect(stats(r, 'dm')).toMatchObject({ entered: 6, people: { entered: 6 } });
    expect(stats(r, 'again')).toMatchObject({
      entered: 9,
      completed: 6,
      exited: 3,
      people: { exited: 6 },
    });
    expect(r.exits).toMatchObject({ loopLimit: 3 });
    expect(r.people?.exits).toMatchObject({ loopLimit: 6 });
  });
});

describe('abort and close mid-run', () => {
  // Executives wait 1 day, everyone else 5 days; then merge and exit.
  const j = journey(
    [
      entry(),
      execSplit('who'),
      wait('fast', 1),
      wait('slow', 5),
      merge('m'),
      moment('after'),
      exit(),
    ],
    [
      edge('entry', 'who'),
      edge('who', 'fast', 'exec'),
      edge('who', 'slow', 'other'),
      edge('fast', 'm'),
      edge('slow', 'm'),
      ...chain('m', 'after', 'exit'),
    ],
    'account',
  );

  it('abort on day 3: every account ends once, its people where they are', () => {
    const r = simulate(j, scenario({ lifecycle: { abortAtDay: 3 } }));
    // A: exec at the merge, 2 in "slow"; B: 2 in "slow"; C: its only group reached the merge and left on day 2.
    expect(r.exits).toEqual({
      exitNode: 1,
      horizon: 0,
      aborted: 2,
      loopLimit: 0,
      dropped: 0,
      noPeople: 0,
    });
    expect(r.people?.exits).toEqual({
      exitNode: 1,
      horizon: 0,
      aborted: 5,
      loopLimit: 0,
      dropped: 0,
      noPeople: 0,
    });
    expect(stats(r, 'm')).toMatchObject({
      entered: 2,
      completed: 1,
      exited: 1,
      people: { entered: 2, completed: 1, exited: 1 },
    });
    expect(stats(r, 'slow')).toMatchObject({ entered: 2, exited: 2, people: { exited: 4 } });
    expect(stats(r, 'after')).toMatchObject({ entered: 1 });
    expect(r.finishedOnDay).toBeNull();
  });

  it('at the horizon, accounts waiting for their other paths count once', () => {
    const r = simulate(j, scenario({ horizonDays: 3 }));
    expect(r.exits).toMatchObject({ horizon: 2, exitNode: 1 });
    expect(r.people?.exits).toMatchObject({ horizon: 5, exitNode: 1 });
    expect(stats(r, 'm')).toMatchObject({ waiting: 1, people: { waiting: 1 } });
  });

  it('close on day 2: arrivals from day 2 on are refused, in accounts and people', () => {
    // Two a day: A and B arrive on day 1, C on day 2 (refused).
    const r = simulate(
      j,
      scenario({ entry: { pattern: 'perDay', perDay: 2 }, lifecycle: { closeAtDay: 2 } }),
    );
    expect(r.profiles).toEqual({ admitted: 2, notAdmitted: 1 });
    expect(r.people).toMatchObject({ admitted: 5, notAdmitted: 1 });
    expect(r.exits.exitNode).toBe(2);
    // B (the last of the two admitted) has no executive: both leave on day 6, the Finished day.
    expect(r.finishedOnDay).toBe(6);
  });
});

describe('bad input', () => {
  it('a population with no people for a split by people is refused, naming the field', () => {
    const j = journey(
      [entry(), execSplit('who'), merge('m'), exit()],
      [
        edge('entry', 'who'),
        edge('who', 'm', 'exec'),
        edge('who', 'm', 'other'),
        ...chain('m', 'exit'),
      ],
      'account',
    );
    const s = {
      schemaVersion: 1 as const,
      name: 't',
      population: {
        kind: 'synthetic' as const,
        accounts: 10,
        peoplePerAccount: { min: 0, max: 0 },
      },
      horizonDays: 5,
      seed: 1,
    };
    expect(() => simulate(j, s)).toThrow(
      expect.objectContaining({ field: 'scenario.population.peoplePerAccount' }),
    );
  });
});
