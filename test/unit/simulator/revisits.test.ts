import { describe, expect, it } from 'vitest';
import { edgeFigure, nodeFigure } from '../../../shared/simulation';
import { simulate } from '../../../electron/core/simulator';
import {
  action,
  chain,
  csvScenario,
  edgeFrom,
  entry,
  journey,
  peopleLoop,
  stats,
  THREE_ACCOUNTS,
  wait,
} from './build';

// Issue 17 (outsider's report): with a Go to, entries count visits; no figure labelled accounts
// (or people) may exceed the distinct accounts (people) that reached the node.

describe('a Go to loop counts distinct accounts and people beside visits', () => {
  // Each visit: split executives from the rest, merge, an account action, wait a day, go back.
  // Loop limit 2: every account visits the loop three times.
  const j = peopleLoop(
    action(
      'after',
      'account-interesting-moment',
      { type: 'Milestone', description: 'x' },
      'account',
    ),
  );
  const r = simulate(j, csvScenario(THREE_ACCOUNTS, { horizonDays: 30, loopLimit: 2 }, 'acct'));

  it('nodes: 3 visits of 3 accounts (6 people); executives 2 accounts, 2 people', () => {
    expect(stats(r, 'entry')).toMatchObject({ entered: 3, distinct: 3, people: { distinct: 6 } });
    for (const id of ['who', 'm', 'after', 'again'])
      expect(stats(r, id)).toMatchObject({ entered: 9, distinct: 3, people: { distinct: 6 } });
    expect(stats(r, 'dm')).toMatchObject({ entered: 6, distinct: 2, people: { distinct: 2 } });
  });

  it('edges: executives 2 accounts (A, C), the rest 2 accounts with 4 people (A, B), 3 times each', () => {
    expect(edgeFrom(r, 'who', 'exec')).toMatchObject({ count: 6, distinct: 2, peopleDistinct: 2 });
    expect(edgeFrom(r, 'who', 'other')).toMatchObject({ count: 6, distinct: 2, peopleDistinct: 4 });
  });

  it('figures name accounts once and the visits apart', () => {
    expect(nodeFigure(r, stats(r, 'who')!)).toBe('3 accounts · 6 people · 9 visits');
    expect(nodeFigure(r, stats(r, 'entry')!)).toBe('3 accounts · 6 people');
    expect(edgeFigure(r, edgeFrom(r, 'who', 'other')!)).toBe('2 accounts · 4 people · 6 visits');
  });

  it('a journey without a Go to carries no distinct figures', () => {
    const noLoop = journey([entry(), wait('w', 1)], chain('entry', 'w'), 'account');
    const plain = simulate(noLoop, csvScenario(THREE_ACCOUNTS, { horizonDays: 30 }, 'acct'));
    expect(stats(plain, 'w')?.distinct).toBeUndefined();
    expect(plain.edges[0].distinct).toBeUndefined();
  });
});

describe('a person who takes another path on a later visit counts on both paths', () => {
  // Visit 1 (day 1): executives (A's one, C) take "exec"; the other four (A's two managers, B's
  // two) take Other. "promote" then makes everyone an Executive, so on visit 2 (day 2) all six
  // take "exec" and nobody Other. Loop limit 1: the second Go to ends each account.
  const j = peopleLoop(
    action('promote', 'change-data-value', { attribute: 'jobLevel', value: 'Executive' }, 'people'),
    'infl',
  );
  const r = simulate(j, csvScenario(THREE_ACCOUNTS, { horizonDays: 30, loopLimit: 1 }, 'acct'));

  it('the exec path: 5 group visits (A, C, then A, B, C) of 3 accounts and all 6 people', () => {
    expect(r.exits.loopLimit).toBe(3);
    expect(stats(r, 'dm')).toMatchObject({
      entered: 5,
      distinct: 3,
      people: { entered: 8, distinct: 6 },
    });
    expect(edgeFrom(r, 'who', 'exec')).toMatchObject({
      count: 5,
      distinct: 3,
      people: 8,
      peopleDistinct: 6,
    });
    expect(edgeFrom(r, 'dm')).toMatchObject({ count: 5, distinct: 3, peopleDistinct: 6 });
  });

  it('the Other path: visit 1 only, A and B with 4 people', () => {
    expect(stats(r, 'infl')).toMatchObject({
      entered: 2,
      distinct: 2,
      people: { entered: 4, distinct: 4 },
    });
    expect(edgeFrom(r, 'who', 'other')).toMatchObject({ count: 2, distinct: 2, peopleDistinct: 4 });
  });

  it('the merge: 3 accounts twice, their 6 people', () => {
    expect(stats(r, 'm')).toMatchObject({ entered: 6, distinct: 3, people: { distinct: 6 } });
    expect(nodeFigure(r, stats(r, 'dm')!)).toBe('3 accounts · 6 people · 5 visits');
  });
});

describe('the result names steps, edges and profiles as the screen does', () => {
  const j = journey([entry(), wait('Wait a day', 1)], chain('entry', 'Wait a day'), 'account');
  const r = simulate(j, csvScenario(THREE_ACCOUNTS, { horizonDays: 5, traceProfiles: 2 }, 'acct'));

  it('nodes carry their step name, edges their ends and unit, traces a 1-based number', () => {
    expect(r.nodes.map((n) => n.name)).toEqual(['entry', 'Wait a day']);
    expect(r.edges[0]).toMatchObject({ from: 'entry', to: 'Wait a day', unit: 'account' });
    expect(r.traces.map((t) => [t.profile, t.number])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});
