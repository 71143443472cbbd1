import { describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';
import { CriteriaProgram } from '../../../electron/core/simulator/criteria';
import { buildPopulation, columnKey } from '../../../electron/core/simulator/population';
import type { Criterion } from '../../../shared/model';
import { Scenario } from '../../../shared/simulation';

const ws = demoWorkspace('tester');
const dateKeys = (attrs: { key: string; type: string }[]) =>
  attrs.filter((a) => a.type === 'date').map((a) => a.key);

/** A synthetic scenario whose accounts and people get every demo date attribute from one range. */
function scenario(from: string, to: string): Scenario {
  const dates = (keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, { kind: 'dates', from, to }]));
  return Scenario.parse({
    schemaVersion: 1,
    name: 'Dates',
    population: {
      kind: 'synthetic',
      accounts: 400,
      peoplePerAccount: { min: 1, max: 3 },
      accountAttributes: dates(dateKeys(ws.accountAttributes)),
      personAttributes: dates(dateKeys(ws.personAttributes)),
    },
    entry: { pattern: 'allAtStart' },
    horizonDays: 1,
    seed: 7,
  });
}

describe('date attributes in the demo workspace and the synthetic population', () => {
  it('the demo workspace offers Created date and Last activity date on accounts and people', () => {
    for (const attrs of [ws.accountAttributes, ws.personAttributes])
      expect(attrs.filter((a) => a.type === 'date').map((a) => a.label)).toEqual([
        'Created date',
        'Last activity date',
      ]);
  });

  it('draws every day of the range, only days in it, as YYYY-MM-DD text date criteria compare', () => {
    const keys = [
      ...dateKeys(ws.accountAttributes).map((k) => columnKey('account', k)),
      ...dateKeys(ws.personAttributes).map((k) => columnKey('person', k)),
    ];
    const pop = buildPopulation(scenario('2026-02-27', '2026-03-02'), new Set(keys));
    expect(pop.missing).toEqual([]);
    for (const key of keys) {
      const col = pop.columns.get(key);
      if (!col) throw new Error(`no column ${key}`);
      const rows = key.startsWith('account.') ? pop.accounts : pop.people;
      const values = new Set([...col.cat.slice(0, rows)].map((c) => col.dict[c]));
      // 2026 is no leap year: Feb 27, Feb 28, Mar 1, Mar 2 — four days, each drawn from 400+ rows.
      expect([...values].sort(), key).toEqual([
        '2026-02-27',
        '2026-02-28',
        '2026-03-01',
        '2026-03-02',
      ]);
    }

    // "Created date is after 2026-02-28" takes exactly the accounts created on Mar 1 or Mar 2.
    const col = pop.columns.get('account.createdDate');
    if (!col) throw new Error('no account.createdDate');
    const program = new CriteriaProgram();
    const c: Criterion = {
      scope: 'account',
      attribute: 'createdDate',
      operator: 'greaterThan',
      value: '2026-02-28',
    };
    const g = program.addGroup([c], 'all', () => col);
    program.finalize();
    const none = new Int32Array(pop.accounts + 1);
    const after = [...Array(pop.accounts).keys()].filter((a) => program.matches(g, a, -1, none));
    const expected = [...Array(pop.accounts).keys()].filter((a) =>
      ['2026-03-01', '2026-03-02'].includes(col.dict[col.cat[a]]),
    );
    expect(after).toEqual(expected);
    expect(after.length).toBeGreaterThan(0);
  });

  it('refuses a range that ends before it starts, or a day that is no date, naming the field', () => {
    // One day is a range too.
    expect(Scenario.safeParse(scenario('2026-01-01', '2026-01-01')).success).toBe(true);
    const reversed = Scenario.safeParse({
      ...scenario('2026-01-01', '2026-01-01'),
      population: {
        kind: 'synthetic',
        accounts: 1,
        accountAttributes: { createdDate: { kind: 'dates', from: '2026-03-01', to: '2026-01-01' } },
      },
    });
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0].path.join('.')).toBe(
      'population.accountAttributes.createdDate.to',
    );
    const notADay = Scenario.safeParse({
      ...scenario('2026-01-01', '2026-01-01'),
      population: {
        kind: 'synthetic',
        accounts: 1,
        accountAttributes: { createdDate: { kind: 'dates', from: 'last year', to: '2026-01-01' } },
      },
    });
    expect(notADay.success).toBe(false);
  });
});
