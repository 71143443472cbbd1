import Papa from 'papaparse';
import {
  SIMULATION_LIMITS,
  type CsvMapping,
  type CsvParseResult,
  type CsvRowError,
  type ScalarValue,
} from '../../../shared/simulation';

// Row-level errors point at the line in the file (header = line 1) and the header name, so a
// person can find the cell in a spreadsheet. Quoted fields holding newlines make line numbers
// drift; papaparse's record index is what we report, plus one for the header.

const MAX_ERRORS = 1_000;
const TRUE = new Set(['true', 'yes', '1', 'y']);
const FALSE = new Set(['false', 'no', '0', 'n']);

function convert(
  raw: string,
  type: 'text' | 'number' | 'boolean',
): { value: ScalarValue } | { error: string } {
  const text = raw.trim();
  if (text === '') return { value: null };
  if (type === 'number') {
    const n = Number(text.replace(/,(?=\d{3}\b)/g, ''));
    return Number.isFinite(n) ? { value: n } : { error: `"${text}" is not a number` };
  }
  if (type === 'boolean') {
    const lower = text.toLowerCase();
    if (TRUE.has(lower)) return { value: true };
    if (FALSE.has(lower)) return { value: false };
    return { error: `"${text}" is not true or false` };
  }
  return text.length > 1_000 ? { error: 'is longer than 1,000 characters' } : { value: text };
}

/**
 * A cell by its header. Only the row's own fields count: a header such as `toString` or
 * `constructor` missing from a short row would otherwise read a function from Object.prototype.
 */
function cellOf(record: Record<string, string>, column: string): string {
  return Object.hasOwn(record, column) && typeof record[column] === 'string' ? record[column] : '';
}

/** Parses CSV text with a header row into profile rows; bad rows are listed and block the import unless excluded. */
export function parseCsvPopulation(
  csv: string,
  mapping: CsvMapping,
  excludeBadRows: boolean,
): CsvParseResult {
  const parsed = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const errors: CsvRowError[] = [];
  const push = (e: CsvRowError) => errors.length < MAX_ERRORS && errors.push(e);
  const headers = parsed.meta.fields ?? [];
  const accountColumns = mapping.columns
    .filter((c) => c.scope === 'account')
    .map((c) => c.attribute);
  const keyMapping =
    mapping.accountKey === null
      ? null
      : mapping.columns.find((c) => c.column === mapping.accountKey);
  const accountKey =
    mapping.accountKey === null ? null : (keyMapping?.attribute ?? mapping.accountKey);
  const base = { totalRows: parsed.data.length, accountColumns, accountKey };
  const missing = mapping.columns
    .map((c) => c.column)
    .concat(mapping.accountKey ?? [])
    .filter((c) => !headers.includes(c));
  for (const column of new Set(missing))
    push({ row: 1, column, message: `The file has no column "${column}".` });
  if (parsed.data.length > SIMULATION_LIMITS.maxPeople) {
    push({
      row: SIMULATION_LIMITS.maxPeople + 2,
      column: '',
      message: `The file has ${parsed.data.length.toLocaleString('en-US')} rows; at most ${SIMULATION_LIMITS.maxPeople.toLocaleString('en-US')} can be simulated.`,
    });
  }
  if (errors.length > 0) return { ...base, rows: [], errors, excludedRows: 0 };

  const bad = new Set<number>();
  for (const e of parsed.errors) {
    const row = (e.row ?? 0) + 2;
    bad.add(row);
    push({ row, column: '', message: e.message });
  }
  const rows: Array<Record<string, ScalarValue>> = [];
  parsed.data.forEach((record, i) => {
    const row = i + 2;
    const out: Record<string, ScalarValue> = {};
    let ok = !bad.has(row);
    for (const m of mapping.columns) {
      const got = convert(cellOf(record, m.column), m.type);
      if ('error' in got) {
        ok = false;
        push({ row, column: m.column, message: `${m.column}: ${got.error}` });
      } else if (got.value === null && m.required) {
        ok = false;
        push({ row, column: m.column, message: `${m.column} is required but empty` });
      } else out[m.attribute] = got.value;
    }
    if (mapping.accountKey !== null && accountKey !== null && !keyMapping)
      out[accountKey] = cellOf(record, mapping.accountKey).trim() || null;
    if (ok) rows.push(out);
    else bad.add(row);
  });
  const blocked = errors.length > 0 && !excludeBadRows;
  return { ...base, rows: blocked ? [] : rows, errors, excludedRows: blocked ? 0 : bad.size };
}
