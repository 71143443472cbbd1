import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { CsvParseResult } from '../../../shared/simulation';
import { recordFigures } from '../../reliability/figures';
import { scaled, SEED } from '../../reliability/scale';
import { useTempDirs } from '../../helpers/temp-dir';
import { preview, settle, unclearError } from './fuzz-helpers';

const RUNS = scaled(1_000);
const CALL_LIMIT_MS = 5_000;
const tempDir = useTempDirs();
const figures = { cases: 0, parsed: 0, refused: 0, failures: 0, started: performance.now() };
let core: Core;

beforeAll(async () => {
  core = await openCore({ dataDir: tempDir(), mode: 'cli', empty: true });
});
afterAll(async () => {
  await core.close();
  recordFigures({
    surface: 'csv',
    title: 'CSV populations (populations.parseCsv through the dispatch)',
    cases: figures.cases,
    failures: figures.failures,
    seconds: Math.round((performance.now() - figures.started) / 100) / 10,
    details: {
      'files parsed': figures.parsed,
      'files refused with a clear error': figures.refused,
    },
  });
});

// Column names a spreadsheet could have, including ones that are also property names of every object.
const COLUMN = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'email',
      'score',
      'active',
      'account',
      'Name',
      ' padded ',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const CELL = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'yes',
    'no',
    'TRUE',
    '0',
    '1',
    '1,234',
    '1,2,3',
    '-0',
    'NaN',
    'Infinity',
    '1e309',
    '"quoted, with comma"',
    '"line\nbreak"',
    '"unclosed',
    'a"b',
    '\uFEFF',
    'x'.repeat(1_001),
  ),
  fc.string({ maxLength: 20 }),
  fc.double().map(String),
);
const DELIMITER = fc.constantFrom(',', ';', '\t', '|');
const NEWLINE = fc.constantFrom('\n', '\r\n', '\r');

/** A CSV file: a header, some rows of cells, a delimiter and line ends, sometimes damaged. */
const csvText = fc
  .tuple(
    fc.array(COLUMN, { minLength: 1, maxLength: 6 }),
    fc.array(fc.array(CELL, { maxLength: 7 }), { maxLength: 30 }),
    DELIMITER,
    NEWLINE,
    fc.boolean(),
  )
  .map(
    ([header, rows, d, nl, bom]) =>
      `${bom ? '\uFEFF' : ''}${[header, ...rows].map((r) => r.join(d)).join(nl)}`,
  );

const mapping = fc.record({
  columns: fc.array(
    fc.record({
      column: COLUMN,
      attribute: fc.constantFrom(
        'email',
        'score',
        'active',
        'account_id',
        'x',
        'bad attribute',
        '__proto__',
      ),
      type: fc.constantFrom('text', 'number', 'boolean'),
      scope: fc.constantFrom('person', 'account'),
      required: fc.boolean(),
    }),
    { minLength: 0, maxLength: 4 },
  ),
  accountKey: fc.oneof(fc.constant(null), COLUMN),
});

describe('CSV population fuzzing', () => {
  it(`${RUNS} CSV files and mappings: parsed rows that match the mapping, or a clear error; never a crash or a hang`, async () => {
    await fc
      .assert(
        fc.asyncProperty(csvText, mapping, fc.boolean(), async (csv, map, excludeBadRows) => {
          figures.cases += 1;
          const input = { csv, mapping: map, excludeBadRows };
          const outcome = await settle(
            () => core.dispatch('populations.parseCsv', input),
            CALL_LIMIT_MS,
          );
          if (outcome.kind === 'hang')
            throw new Error(
              `parseCsv did not answer within ${CALL_LIMIT_MS} ms for ${preview(input)}`,
            );
          if (outcome.kind === 'error') {
            figures.refused += 1;
            const unclear = unclearError(outcome.error);
            if (unclear) throw new Error(`parseCsv: ${unclear} for ${preview(input)}`);
            return;
          }
          figures.parsed += 1;
          const result = CsvParseResult.parse(outcome.value);
          expect(result.rows.length).toBeLessThanOrEqual(result.totalRows);
          if (result.errors.length && !excludeBadRows) expect(result.rows).toEqual([]);
          const attributes = new Set([
            ...map.columns.map((c) => c.attribute),
            ...(result.accountKey ? [result.accountKey] : []),
          ]);
          for (const row of result.rows) {
            for (const [key, value] of Object.entries(row)) {
              expect(attributes.has(key), `unexpected attribute ${key}`).toBe(true);
              if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
            }
          }
        }),
        { numRuns: RUNS, seed: SEED },
      )
      .catch((error: unknown) => {
        figures.failures += 1;
        throw error;
      });
  }, 300_000);
});
