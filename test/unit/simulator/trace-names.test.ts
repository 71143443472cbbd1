import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { traceNames } from '../../../shared/simulation';
import { chain, csvScenario, entry, exit, journey } from './build';

// Issue 17, consultant item 3: a trace of an imported account reads by its name, not "Account 1".
const ROWS = [
  { acct: 'A1', name: 'Acme', email: 'a@acme.test' },
  { acct: 'B2', name: 'Beta', email: 'b@beta.test' },
  { acct: 'A1', name: 'Acme', email: 'c@acme.test' },
];
const accountJourney = journey([entry(), exit()], chain('entry', 'exit'), 'account');

describe('trace names', () => {
  it('an account journey calls each traced account by its name and key, in first-seen order', () => {
    const scenario = csvScenario(ROWS, { traceProfiles: 2 }, 'acct');
    const population = { ...scenario.population, accountColumns: ['name'] };
    const r = simulate(accountJourney, { ...scenario, population });
    expect(r.traces.map((t) => t.label)).toEqual(['Acme (A1)', 'Beta (B2)']);
  });

  it('a name shared by all of an account’s rows names it though mapped per person', () => {
    const r = simulate(accountJourney, csvScenario(ROWS, { traceProfiles: 2 }, 'acct'));
    expect(r.traces.map((t) => t.label)).toEqual(['Acme (A1)', 'Beta (B2)']);
  });

  it('a person’s name does not name the account; without a name the number stays', () => {
    const people = ROWS.map((r, i) => ({ ...r, name: `Person ${i}` }));
    const r = simulate(accountJourney, csvScenario(people, { traceProfiles: 2 }, 'acct'));
    // Beta has one person, so its one name is the account's; Acme's two people differ.
    expect(r.traces.map((t) => t.label)).toEqual(['Account 1', 'Person 1 (B2)']);
    const bare = { ...csvScenario([{ acct: 'A1' }], {}, 'acct').population, accountColumns: [] };
    expect(traceNames(bare as never, 'account', 1)).toEqual(['Account 1']);
  });

  it('people are numbered grouped by account, each by their own name', () => {
    const people = ROWS.map((r, i) => ({ ...r, name: `P${i}` }));
    const population = csvScenario(people, {}, 'acct').population;
    expect(traceNames({ ...population, accountColumns: [] } as never, 'person', 3)).toEqual([
      'P0',
      'P2',
      'P1',
    ]);
  });

  it('a synthetic population keeps numbers', () => {
    expect(traceNames({ kind: 'synthetic', accounts: 5 } as never, 'account', 2)).toEqual([
      'Account 1',
      'Account 2',
    ]);
  });
});
