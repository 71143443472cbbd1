import { describe, expect, it } from 'vitest';
import { parseCsvPopulation } from '../../../electron/core/scenarios/parse-csv';
import { CsvMapping, inferColumnMapping } from '../../../shared/simulation';

const known = {
  accountAttributes: [
    { key: 'employees', label: 'Number of employees', type: 'number' as const },
    { key: 'industry', label: 'Industry', type: 'string' as const },
  ],
  personAttributes: [
    { key: 'jobLevel', label: 'Job level', type: 'string' as const },
    { key: 'subscribed', label: 'Subscribed to newsletter', type: 'boolean' as const },
  ],
};
const guess = (column: string, values: string[]) => {
  const m = inferColumnMapping(column, values, known);
  return `${m.attribute} ${m.scope} ${m.type}`;
};

describe('imported CSV columns get a sensible default mapping', () => {
  it('a workspace account attribute (by key or label, any case or spacing) is Account with its type', () => {
    expect(guess('employees', ['12', 'many'])).toBe('employees account number');
    expect(guess('Number of employees', [])).toBe('employees account number');
    expect(guess('INDUSTRY', ['Retail'])).toBe('industry account text');
  });

  it('a workspace person attribute is Person with its type', () => {
    expect(guess('job_level', ['Executive'])).toBe('jobLevel person text');
    expect(guess('Subscribed to newsletter', ['yes'])).toBe('subscribed person boolean');
  });

  it('other columns are Person, typed by their values (blanks ignored)', () => {
    expect(guess('score', ['1', '', '2.5', '-3', '1,200'])).toBe('score person number');
    expect(guess('vip', ['true', 'FALSE', ''])).toBe('vip person boolean');
    expect(guess('signed up', ['2026-01-31', '2026-02-01T09:30:00Z'])).toBe(
      'signed_up person date',
    );
    expect(guess('notes', ['1', 'two'])).toBe('notes person text');
    expect(guess('blank', ['', ' '])).toBe('blank person text');
    expect(guess('when', ['2026-13-45'])).toBe('when person text');
  });

  it('a Date column imports ISO dates and names a bad one', () => {
    const mapping = CsvMapping.parse({
      columns: [{ column: 'signup', attribute: 'signup', type: 'date' }],
    });
    const result = parseCsvPopulation('signup\n2026-01-31\n31/01/2026\n', mapping, true);
    expect(result.rows).toEqual([{ signup: '2026-01-31' }]);
    expect(result.errors).toEqual([
      { row: 3, column: 'signup', message: 'signup: "31/01/2026" is not a date (YYYY-MM-DD)' },
    ]);
  });
});
