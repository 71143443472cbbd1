import Papa from 'papaparse';
import {
  SIMULATION_LIMITS,
  type CsvColumnMapping,
  type CsvMapping,
  type CsvParseResult,
  type CsvRowError,
  type ScalarValue,
} from '../../../shared/simulation';

// Row-level errors name the row a spreadsheet shows for the file and the header name, so a
// person can find the cell: the header is row 1, each record below it one row, blank lines
// included (they are skipped, not imported); a quoted newline stays inside its cell's row.

const MAX_ERRORS = 1_000;
const TRUE = new Set(['true', 'yes', '1', 'y']);
const FALSE = new Set(['false', 'no', '0', 'n']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function convert(
  raw: string,
  type: CsvColumnMapping['type'],
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
  if (type === 'date') {
    // Kept as the ISO text the file holds (criteria compare dates as ISO text).
    return ISO_DATE.test(text) && !Number.isNaN(Date.parse(text))
      ? { value: text }
      : { error: `"${text}" is not a date (YYYY-MM-DD)` };
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
  // Blank lines above the header are rows too: count them, then parse from the header on.
  const lead = /^(?:[ \t]*\r?\n)*/.exec(csv)?.[0] ?? '';
  const rowOf = (dataIndex: number) => (lead.match(/\n/g)?.length ?? 0) + 2 + dataIndex;
  const parsed = Papa.parse<Record<string, string>>(csv.slice(lead.length), {
    header: true,
    skipEmptyLines: false,
    transformHeader: (h) => h.trim(),
  });
  const blank = (i: number) => {
    const record = parsed.data[i] as Record<string, unknown> | undefined;
    return !!record && Object.values(record).every((v) => typeof v === 'string' && !v.trim());
  };
  const records = parsed.data
    .map((record, i) => ({ record, row: rowOf(i) }))
    .filter((_, i) => !blank(i));
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
  const base = { totalRows: records.length, accountColumns, accountKey };
  const missing = mapping.columns
    .map((c) => c.column)
    .concat(mapping.accountKey ?? [])
    .filter((c) => !headers.includes(c));
  for (const column of new Set(missing))
    push({ row: 1, column, message: `The file has no column "${column}".` });
  if (records.length > SIMULATION_LIMITS.maxPeople) {
    push({
      row: records[SIMULATION_LIMITS.maxPeople].row,
      column: '',
      message: `The file has ${records.length.toLocaleString('en-US')} rows; at most ${SIMULATION_LIMITS.maxPeople.toLocaleString('en-US')} can be simulated.`,
    });
  }
  if (errors.length > 0) return { ...base, rows: [], errors, excludedRows: 0 };

  const bad = new Set<number>();
  for (const e of parsed.errors) {
    // "No delimiter detected, read with commas" (one-column files) is a notice, not a bad row.
    if (e.code === 'UndetectableDelimiter') continue;
    // Quote errors count the header as record 0; field-count errors count data records only.
    const index = e.row === undefined ? -1 : e.type === 'Quotes' ? e.row - 1 : e.row;
    if (blank(index)) continue;
    const row = index < 0 ? 1 : rowOf(index);
    bad.add(row);
    push({ row, column: '', message: e.message });
  }
  const rows: Array<Record<string, ScalarValue>> = [];
  records.forEach(({ record, row }) => {
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
    if (mapping.accountKey !== null && accountKey !== null) {
      // A row without an account key would become an account of its own: a bad row instead.
      const key = cellOf(record, mapping.accountKey).trim();
      if (key === '') {
        ok = false;
        if (!keyMapping?.required)
          push({
            row,
            column: mapping.accountKey,
            message: `${mapping.accountKey} is the account key but empty`,
          });
      } else if (!keyMapping) out[accountKey] = key;
    }
    if (ok) rows.push(out);
    else bad.add(row);
  });
  const blocked = errors.length > 0 && !excludeBadRows;
  return { ...base, rows: blocked ? [] : rows, errors, excludedRows: blocked ? 0 : bad.size };
}
