import { describe, expect, it } from 'vitest';
import { fromZodIssues } from '../../../shared/errors';
import {
  CheckedSavedScenario,
  distributionText,
  parseDistributionText,
} from '../../../shared/simulation';

describe('parseDistributionText refuses what it cannot read exactly, naming the attribute', () => {
  it('a broken normal distribution is an error, not a text category', () => {
    expect(parseDistributionText('employees', '~abc±')).toEqual({
      ok: false,
      message: 'employees: "~abc±" is not a number distribution like ~900±700',
    });
  });
  it('a weight that is negative or not a number is an error, not a weight of 1', () => {
    expect(parseDistributionText('jobLevel', 'Executive:-1, Manager:x')).toEqual({
      ok: false,
      // Every refused weight at once, not only the first.
      message:
        'jobLevel: the weights of Executive ("-1") and Manager ("x") must be numbers, 0 or more',
    });
    expect(parseDistributionText('jobLevel', 'Executive:2, Manager:x')).toMatchObject({
      ok: false,
      message: 'jobLevel: the weight of Manager ("x") must be a number, 0 or more',
    });
  });
  it('names three refused weights in one list, and a scenario file in core the same way', () => {
    const words =
      'the weights of Retail ("x"), Finance ("-3") and Travel ("") must be numbers, 0 or more';
    expect(parseDistributionText('industry', 'Retail:x, Finance:-3, Travel:, Media:2')).toEqual({
      ok: false,
      message: `industry: ${words}`,
    });
    const parsed = CheckedSavedScenario.safeParse({
      schemaVersion: 1,
      name: 'Bad weights',
      horizonDays: 5,
      seed: 1,
      population: {
        kind: 'synthetic',
        accounts: 10,
        accountAttributes: {
          industry: {
            kind: 'categorical',
            values: [
              { value: 'Retail', weight: 'x' },
              { value: 'Finance', weight: -3 },
              { value: 'Travel', weight: '' },
              { value: 'Media', weight: 2 },
            ],
          },
        },
      },
    });
    expect(parsed.success).toBe(false);
    // One issue for the attribute, in the form's words; none per weight.
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['population.accountAttributes.industry.values', `industry: ${words}`],
    ]);
    // As the CLI says it: the form's words first, then the field's path.
    expect(parsed.error && fromZodIssues(parsed.error, 'scenario').toPayload()).toEqual({
      code: 'invalid_input',
      message: `industry: ${words} (scenario.population.accountAttributes.industry.values)`,
      field: 'scenario.population.accountAttributes.industry.values',
    });
  });
  it('empty values, all-zero weights, backwards ranges are refused', () => {
    expect(parseDistributionText('a', '')).toMatchObject({ ok: false });
    expect(parseDistributionText('a', 'x:1,,y:2')).toMatchObject({ ok: false });
    expect(parseDistributionText('a', 'x:0, y:0').ok).toBe(false);
    expect(parseDistributionText('a', '90..10').ok).toBe(false);
    expect(parseDistributionText('a', '1..x').ok).toBe(false);
  });
  it('reads the three forms and writes them back the same', () => {
    for (const t of ['Executive:1, Manager:3', '10..90', '~900±700', '0.5..2.5']) {
      const r = parseDistributionText('a', t);
      if (!r.ok) throw new Error(r.message);
      expect(distributionText(r.value)).toBe(t);
    }
    expect(parseDistributionText('a', 'x, 7:2')).toEqual({
      ok: true,
      value: {
        kind: 'categorical',
        values: [
          { value: 'x', weight: 1 },
          { value: 7, weight: 2 },
        ],
      },
    });
  });
});

describe('a scenario from outside (CLI file, start, save) refuses meaningless distributions', () => {
  const withAttrs = (accountAttributes: unknown) => ({
    schemaVersion: 1,
    name: 'S',
    horizonDays: 5,
    seed: 1,
    population: { kind: 'synthetic', accounts: 3, accountAttributes },
  });
  const messageOf = (input: unknown) => {
    const r = CheckedSavedScenario.safeParse(input);
    return r.success ? null : fromZodIssues(r.error).message.split('; ');
  };
  it('all weights 0 names the attribute', () => {
    expect(
      messageOf(
        withAttrs({
          jobLevel: {
            kind: 'categorical',
            values: [
              { value: 'Executive', weight: 0 },
              { value: 'Manager', weight: 0 },
            ],
          },
        }),
      ),
    ).toEqual([
      'population.accountAttributes.jobLevel.values: at least one weight must be above 0',
    ]);
  });
  it('a uniform range that starts above its end names the attribute', () => {
    expect(messageOf(withAttrs({ employees: { kind: 'uniform', min: 90, max: 10 } }))).toEqual([
      'population.accountAttributes.employees.min: must not be above max (10)',
    ]);
  });
  it('a negative weight names the weight of that value', () => {
    expect(
      messageOf(
        withAttrs({
          jobLevel: { kind: 'categorical', values: [{ value: 'Executive', weight: -1 }] },
        }),
      ),
    ).toEqual([
      'jobLevel: the weight of Executive ("-1") must be a number, 0 or more (population.accountAttributes.jobLevel.values)',
    ]);
  });
});

describe('date ranges in the compact text (date attributes)', () => {
  it('reads a range of days and writes it back the same', () => {
    const read = parseDistributionText('createdDate', '2026-02-27..2026-03-01');
    expect(read).toEqual({
      ok: true,
      value: { kind: 'dates', from: '2026-02-27', to: '2026-03-01' },
    });
    if (read.ok) expect(distributionText(read.value)).toBe('2026-02-27..2026-03-01');
  });
  it('refuses a day that is not in the calendar, or a range that runs backwards, naming the attribute', () => {
    expect(parseDistributionText('createdDate', '2026-02-30..2026-03-01')).toEqual({
      ok: false,
      message: 'createdDate: from: Not a calendar date',
    });
    expect(parseDistributionText('createdDate', '2026-03-01..2026-02-01')).toEqual({
      ok: false,
      message: 'createdDate: to: from must not be after to',
    });
  });
});
