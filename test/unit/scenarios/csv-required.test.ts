import { describe, expect, it } from 'vitest';
import { parseCsvPopulation } from '../../../electron/core/scenarios/parse-csv';
import { CsvMapping, guessAccountKey } from '../../../shared/simulation';
import { ISSUE17_CSV } from '../helpers/issue17-csv';

// The outside tester's file: rows 6 (no account id) and 8 (no email, no job level) used to import.
const CSV = ISSUE17_CSV;
const HEADERS = ['account_id', 'account_name', 'employees', 'industry', 'email', 'jobLevel'];
const mapping = (required: boolean) =>
  CsvMapping.parse({
    columns: HEADERS.map((column) => ({
      column,
      attribute: column,
      type: column === 'employees' ? 'number' : 'text',
      scope: ['account_id', 'account_name', 'employees', 'industry'].includes(column)
        ? 'account'
        : 'person',
      required,
    })),
    accountKey: 'account_id',
  });
const problems = (required: boolean) =>
  parseCsvPopulation(CSV, mapping(required), true)
    .errors.map((e) => `${e.row} ${e.column}`)
    .sort();

describe('CSV import: Required columns and the account key', () => {
  it('an empty cell in a Required column makes its row bad, named by row and column', () => {
    expect(problems(true)).toEqual(
      [
        '4 employees',
        '5 ', // too few fields
        '5 email',
        '5 jobLevel',
        '6 account_id',
        '8 email',
        '8 jobLevel',
      ].sort(),
    );
    const result = parseCsvPopulation(CSV, mapping(true), true);
    // Rows 2, 3 and 7 are clean: A1 twice and A4.
    expect(result.rows.map((r) => `${r.account_id} ${r.email}`)).toEqual([
      'A1 a@acme.com',
      'A1 b@acme.com',
      'A4 e@delta.com',
    ]);
    expect([result.totalRows, result.excludedRows]).toEqual([7, 4]);
  });

  it('a row with an empty account key is bad even when no column is Required', () => {
    expect(problems(false)).toEqual(['4 employees', '5 ', '6 account_id']);
    const result = parseCsvPopulation(CSV, mapping(false), false);
    expect(result.rows).toEqual([]);
    expect(result.errors.find((e) => e.row === 6)?.message).toBe(
      'account_id is the account key but empty',
    );
  });

  it('an unmapped account key column is checked too, and kept on good rows', () => {
    const only = CsvMapping.parse({
      columns: [{ column: 'email', attribute: 'email' }],
      accountKey: 'acct',
    });
    const result = parseCsvPopulation('acct,email\nX,a@x\n ,b@x\nX,c@x\n', only, true);
    expect(result.errors.map((e) => `${e.row} ${e.column}`)).toEqual(['3 acct']);
    expect(result.rows).toEqual([
      { email: 'a@x', acct: 'X' },
      { email: 'c@x', acct: 'X' },
    ]);
  });
});

describe('the Account key column is guessed', () => {
  const col = (column: string, values: string[]) => ({ column, values });
  it('from an account id or key name whose values repeat', () => {
    for (const name of ['account_id', 'accountId', 'Account key', 'ACCOUNT ID', 'account-key'])
      expect(guessAccountKey([col('email', ['a', 'b']), col(name, ['A1', 'A1', 'A2'])])).toBe(name);
  });
  it('not from unique values or other names', () => {
    expect(guessAccountKey([col('account_id', ['A1', 'A2', ''])])).toBeNull();
    expect(guessAccountKey([col('account_name', ['Acme', 'Acme'])])).toBeNull();
    expect(guessAccountKey([col('id', ['A1', 'A1'])])).toBeNull();
  });
});
