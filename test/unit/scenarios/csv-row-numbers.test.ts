import { describe, expect, it } from 'vitest';
import { parseCsvPopulation } from '../../../electron/core/scenarios/parse-csv';
import { CsvMapping } from '../../../shared/simulation';

// Row numbers are the ones a spreadsheet shows for the file: the header is row 1, each record
// below it one row (blank lines too), a quoted newline stays inside its cell's row.

const mapping = CsvMapping.parse({
  columns: [
    { column: 'email', attribute: 'email' },
    { column: 'score', attribute: 'score', type: 'number' },
  ],
});
const errors = (csv: string) =>
  parseCsvPopulation(csv, mapping, false).errors.map((e) => `${e.row} ${e.column}: ${e.message}`);

describe('CSV import errors name the spreadsheet row', () => {
  it('a bad value on the 2nd data line is row 3', () => {
    expect(errors('email,score\na@x,1\nb@x,ten\n')).toEqual([
      '3 score: score: "ten" is not a number',
    ]);
    expect(errors('email,score\r\na@x,1\r\nb@x,ten\r\n')).toEqual([
      '3 score: score: "ten" is not a number',
    ]);
  });

  it('counts blank lines, above the header and between records, as rows', () => {
    // Rows: 1 blank, 2 header, 3 a@x, 4 blank, 5 b@x.
    const csv = '\nemail,score\na@x,1\n\nb@x,ten\n';
    expect(errors(csv)).toEqual(['5 score: score: "ten" is not a number']);
    const result = parseCsvPopulation(csv, mapping, true);
    expect([result.totalRows, result.excludedRows, result.rows]).toEqual([
      2,
      1,
      [{ email: 'a@x', score: 1 }],
    ]);
  });

  it('keeps a quoted newline in its row, as a spreadsheet does', () => {
    // Rows: 1 header, 2 "a⏎x" (two lines in the file), 3 b@x.
    expect(errors('email,score\n"a\nx",1\nb@x,ten\n')).toEqual([
      '3 score: score: "ten" is not a number',
    ]);
  });

  it('names the row of a record with too few fields or a broken quote', () => {
    expect(errors('email,score\na@x,1\nb@x\n')).toEqual([
      '3 : Too few fields: expected 2 fields but parsed 1',
    ]);
    expect(errors('email,score\na@x,1\nb@x,"4\n')).toEqual(['3 : Quoted field unterminated']);
  });

  it('a one-column file is read without a "delimiter" problem on a good row', () => {
    const one = CsvMapping.parse({ columns: [{ column: 'email', attribute: 'email' }] });
    const result = parseCsvPopulation('email\na@x\nb@x\n', one, false);
    expect([result.errors, result.rows]).toEqual([[], [{ email: 'a@x' }, { email: 'b@x' }]]);
  });
});
