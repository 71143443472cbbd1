import { describe, expect, it } from 'vitest';
import { CheckedSavedScenario } from '../../../shared/simulation';

// Item 4 of issue 17: `population.profiles` (the result's word) is accepted as the size of a
// synthetic population of one person per account, stored as `accounts`.
const scenario = (population: Record<string, unknown>) => ({
  schemaVersion: 1,
  name: 's',
  horizonDays: 10,
  seed: 1,
  population: { kind: 'synthetic', ...population },
});
const issues = (population: Record<string, unknown>) => {
  const r = CheckedSavedScenario.safeParse(scenario(population));
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('population.profiles', () => {
  it('is read as accounts of one person each', () => {
    const parsed = CheckedSavedScenario.parse(scenario({ profiles: 50 }));
    expect(parsed.population).toMatchObject({
      kind: 'synthetic',
      accounts: 50,
      peoplePerAccount: { min: 1, max: 1 },
    });
    expect('profiles' in parsed.population).toBe(false);
    expect(issues({ profiles: 50, peoplePerAccount: { min: 1, max: 1 } })).toEqual([]);
  });

  it('clashing with accounts or more people per account is an error naming the field', () => {
    expect(issues({ profiles: 50, accounts: 10 })).toEqual([
      'population.profiles: give population.profiles or population.accounts, not both',
    ]);
    expect(issues({ profiles: 50, peoplePerAccount: { min: 2, max: 4 } })).toEqual([
      'population.profiles: counts one person per account; with peoplePerAccount give population.accounts instead',
    ]);
  });

  it('keeps refusing unknown fields, and old saved scenarios load unchanged', () => {
    expect(issues({ acounts: 5 })[0]).toBe(
      'population.acounts: unknown field (did you mean accounts?)',
    );
    expect(CheckedSavedScenario.parse(scenario({ accounts: 7 })).population).toMatchObject({
      accounts: 7,
    });
  });
});
