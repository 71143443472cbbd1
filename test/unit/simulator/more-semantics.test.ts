import { describe, expect, it } from 'vitest';
import { Scenario } from '../../../shared/simulation';
import { simulate } from '../../../electron/core/simulator';
import {
  chain,
  crit,
  csvScenario,
  edge,
  entry,
  exit,
  gate,
  journey,
  rows,
  split,
  stats,
  wait,
} from './build';

describe('more simulator semantics', () => {
  it('gate on a numeric attribute (a Liquid if-tag or a plain expression)', () => {
    for (const condition of ['{% if person.score >= 60 %}true{% endif %}', 'person.score >= 60']) {
      const j = journey(
        [entry(), gate('g', condition), exit('t'), exit('f')],
        [edge('entry', 'g'), edge('g', 't', 'true'), edge('g', 'f', 'false')],
      );
      const r = simulate(j, csvScenario(rows(100)));
      expect([stats(r, 't')?.entered, stats(r, 'f')?.entered]).toEqual([40, 60]);
    }
  });

  it('an invalid gate condition is a warning and the gate takes False', () => {
    const j = journey(
      [entry(), gate('g', '{% if %}'), exit('t'), exit('f')],
      [edge('entry', 'g'), edge('g', 't', 'true'), edge('g', 'f', 'false')],
    );
    const r = simulate(j, csvScenario(rows(10)));
    expect(stats(r, 'f')?.entered).toBe(10);
    expect(r.warnings.map((w) => w.code)).toContain('invalid_liquid');
  });

  it('people journeys read account attributes of the person’s account', () => {
    const people = rows(12).map((r) => ({
      ...r,
      acct: String(r.score % 3),
      tier: r.score % 3 === 0 ? 'gold' : 'basic',
    }));
    const j = journey(
      [
        entry(),
        split('s', [['gold', [crit('tier', 'equals', 'gold', 'account')]]]),
        exit('g'),
        exit('o'),
      ],
      [edge('entry', 's'), edge('s', 'g', 'gold'), edge('s', 'o', 'other')],
    );
    const r = simulate(j, csvScenario(people, {}, 'acct'));
    expect(r.unit).toBe('person');
    expect([stats(r, 'g')?.entered, stats(r, 'o')?.entered]).toEqual([4, 8]);
  });

  it('account journeys: split by accounts on a person criterion matches when any person does', () => {
    const people = [
      { acct: 'x', role: 'buyer' },
      { acct: 'x', role: 'user' },
      { acct: 'y', role: 'user' },
    ];
    const j = journey(
      [entry(), split('s', [['b', [crit('role', 'equals', 'buyer')]]]), exit('b'), exit('o')],
      [edge('entry', 's'), edge('s', 'b', 'b'), edge('s', 'o', 'other')],
      'account',
    );
    const r = simulate(j, csvScenario(people, {}, 'acct'));
    expect([stats(r, 'b')?.entered, stats(r, 'o')?.entered]).toEqual([1, 1]);
  });

  it('refuses a split by people that is not closed by a merge, naming the node', () => {
    const people = ['buyer', 'user'].map((role) => ({ acct: 'x', role }));
    const byRole = (id: string) => split(id, [['b', [crit('role', 'equals', 'buyer')]]], 'people');
    const j = journey(
      [entry(), byRole('s1'), wait('w', 1), byRole('s2'), exit('b'), exit('o'), exit('o1')],
      [
        edge('entry', 's1'),
        edge('s1', 'w', 'b'),
        edge('s1', 'o1', 'other'),
        edge('w', 's2'),
        edge('s2', 'b', 'b'),
        edge('s2', 'o', 'other'),
      ],
      'account',
    );
    expect(() => simulate(j, csvScenario(people, {}, 'acct'))).toThrow(
      /s2: A Split path node is not allowed on path "b" of the split by people "s1"/,
    );
    // Each path that never reaches a merge is named with the step where it ends.
    expect(() => simulate(j, csvScenario(people, {}, 'acct'))).toThrow(
      /"s1" is not closed by one Merge paths node: path "b" ends at "b" and path "Other" ends at "o1" without reaching a Merge paths node/,
    );
  });

  it('scenario defaults: behaviour, entry, loop limit, start date', () => {
    const s = Scenario.parse(csvScenario([]));
    expect(s).toMatchObject({
      loopLimit: 20,
      entry: { pattern: 'allAtStart' },
      startDate: '2025-01-01T00:00:00Z',
      behaviour: { defaultEventProbability: 0.1 },
    });
    const r = simulate(journey([entry(), exit()], chain('entry', 'exit')), s);
    expect(r.profiles.admitted).toBe(0);
  });
});
