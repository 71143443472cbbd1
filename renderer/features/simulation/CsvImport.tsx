import Papa from 'papaparse';
import { useEffect, useId, useState } from 'react';
import {
  guessAccountKey,
  inferColumnMapping,
  type CsvColumnMapping,
  type CsvParseResult,
  type CsvPopulation,
} from '../../../shared/simulation';
import { api } from '../../api/client';
import { useWorkspaceStore } from '../settings/workspace-store';
import { useReportValidity } from './field-validity';

/** Rows read to guess each column's type. */
const SAMPLE_ROWS = 200;

/** What the scenario uses now, in words: "120 rows (45 accounts by acct)" or "no CSV imported yet". */
export function populationInUse(p: CsvPopulation): string {
  const rows = `${p.rows.length.toLocaleString('en-US')} imported row${p.rows.length === 1 ? '' : 's'}`;
  return p.rows.length === 0
    ? 'no CSV imported yet'
    : `${rows}${p.accountKey ? `, grouped into accounts by ${p.accountKey}` : ''}`;
}

/**
 * Why a CSV population cannot run yet, naming the field (null when it has rows). The core still
 * accepts an empty CSV population; the form asks for the import before it offers Run.
 */
export function csvPopulationProblem(p: CsvPopulation, importedEmpty: boolean): string | null {
  if (p.rows.length > 0) return null;
  return importedEmpty
    ? 'CSV import: the imported CSV has no rows — import a CSV with at least one row.'
    : 'CSV import: no CSV has been imported yet — choose a CSV file or paste CSV text, then press “Check and import CSV”.';
}

/** "Row 3, column “score”: …" for the first problem, and how many more there are. */
function firstProblem(errors: CsvParseResult['errors']): string {
  const [e] = errors;
  const more = errors.length - 1;
  // The core's messages may already start with the column ("score: not a number").
  const message =
    e.column && e.message.startsWith(`${e.column}: `)
      ? e.message.slice(e.column.length + 2)
      : e.message;
  const where = e.column ? `Row ${e.row}, column “${e.column}”` : `Row ${e.row}`;
  return `${where}: ${message}${more > 0 ? ` (and ${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'}, listed below)` : ''}.`;
}

/**
 * CSV import: file or pasted text, a column mapping, row-level errors; applies only a clean (or
 * explicitly filtered) import. A refused import keeps the population in use — a bad file never
 * throws away good data — and says so, naming the first bad row and column.
 */
export function CsvImport({
  current,
  onImported,
}: {
  current: CsvPopulation;
  onImported: (p: CsvPopulation) => void;
}) {
  const workspace = useWorkspaceStore((s) => s.workspace);
  const loadWorkspace = useWorkspaceStore((s) => s.load);
  useEffect(() => void loadWorkspace().catch(() => undefined), [loadWorkspace]);
  const [csv, setCsv] = useState('');
  const [columns, setColumns] = useState<CsvColumnMapping[]>([]);
  const [include, setInclude] = useState<Record<string, boolean>>({});
  const [accountKey, setAccountKey] = useState('');
  const [exclude, setExclude] = useState(false);
  const [outcome, setOutcome] = useState<CsvParseResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Run waits for rows: the form says why, on the fields that take the CSV.
  const fieldId = useId();
  const report = useReportValidity();
  const problem = csvPopulationProblem(current, outcome?.totalRows === 0);
  useEffect(() => report(fieldId, problem), [fieldId, problem, report]);
  useEffect(() => () => report(fieldId, null), [fieldId, report]);
  const marked = {
    'aria-invalid': problem !== null,
    'aria-describedby': problem ? `${fieldId}-missing` : undefined,
  };
  const kept = `Nothing was imported; the population in use is unchanged: ${populationInUse(current)}.`;

  const load = (text: string) => {
    setCsv(text);
    setOutcome(null);
    // The header and a sample are read here, to guess each column's mapping; the rows are
    // parsed by the core with the mapping.
    const [header = [], ...sample] = Papa.parse<string[]>(text, {
      preview: SAMPLE_ROWS + 1,
      skipEmptyLines: 'greedy',
    }).data;
    const known = workspace ?? { accountAttributes: [], personAttributes: [] };
    const cols = header
      .map((h, i) => ({ column: h.trim(), values: sample.map((r) => r[i] ?? '') }))
      .filter((c) => c.column !== '');
    // A column like account_id with repeating values groups people: the account key, and an
    // account attribute rather than a person one.
    const key = guessAccountKey(cols);
    setAccountKey(key ?? '');
    setColumns(
      cols.map((c) => {
        const mapped = inferColumnMapping(c.column, c.values, known);
        return c.column === key ? { ...mapped, scope: 'account' } : mapped;
      }),
    );
    const names = cols.map((c) => c.column);
    setInclude(Object.fromEntries(names.map((c) => [c, true])));
  };
  const update = (i: number, patch: Partial<CsvColumnMapping>) =>
    setColumns(columns.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  const check = async () => {
    setError(null);
    try {
      const mapping = {
        columns: columns.filter((c) => include[c.column]),
        accountKey: accountKey || null,
      };
      const result = await api.call('populations.parseCsv', {
        csv,
        mapping,
        excludeBadRows: exclude,
      });
      setOutcome(result);
      if (result.rows.length === 0 && result.errors.length > 0) {
        setError(`Import refused. ${firstProblem(result.errors)} ${kept}`);
      } else if (result.rows.length > 0 || result.totalRows === 0) {
        onImported({
          kind: 'csv',
          rows: result.rows,
          accountKey: result.accountKey,
          accountColumns: result.accountColumns,
        });
      }
    } catch (e) {
      setError(`Import refused. ${(e as Error).message} ${kept}`);
    }
  };

  return (
    <div className="sim-csv">
      <label className="sim-field">
        <span>CSV file</span>
        <input
          type="file"
          accept=".csv,text/csv"
          {...marked}
          onChange={(e) => void e.target.files?.[0]?.text().then(load)}
        />
      </label>
      <label className="sim-field">
        <span>CSV text</span>
        <textarea rows={3} value={csv} onChange={(e) => load(e.target.value)} {...marked} />
      </label>
      {problem && (
        <p id={`${fieldId}-missing`} className="sim-field-error" data-testid="csv-not-imported">
          {problem}
        </p>
      )}
      {columns.length > 0 && (
        <table className="sim-table small" aria-label="Column mapping">
          <thead>
            <tr>
              <th>Import</th>
              <th>Column</th>
              <th>Attribute</th>
              <th>Type</th>
              <th>Scope</th>
              <th>Required</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c, i) => (
              <tr key={c.column}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Import ${c.column}`}
                    checked={include[c.column] ?? false}
                    onChange={(e) => setInclude({ ...include, [c.column]: e.target.checked })}
                  />
                </td>
                <td>{c.column}</td>
                <td>
                  <input
                    aria-label={`Attribute for ${c.column}`}
                    value={c.attribute}
                    onChange={(e) => update(i, { attribute: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`Type of ${c.column}`}
                    value={c.type}
                    onChange={(e) =>
                      update(i, { type: e.target.value as CsvColumnMapping['type'] })
                    }
                  >
                    <option value="text">Text</option>
                    <option value="number">Number</option>
                    <option value="boolean">True/false</option>
                    <option value="date">Date</option>
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`Scope of ${c.column}`}
                    value={c.scope}
                    onChange={(e) =>
                      update(i, { scope: e.target.value as CsvColumnMapping['scope'] })
                    }
                  >
                    <option value="person">Person</option>
                    <option value="account">Account</option>
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${c.column} is required`}
                    checked={c.required}
                    onChange={(e) => update(i, { required: e.target.checked })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {columns.length > 0 && (
        <div className="sim-row">
          <label className="sim-field">
            <span>Account key column</span>
            <select value={accountKey} onChange={(e) => setAccountKey(e.target.value)}>
              <option value="">None (each row is an account)</option>
              {columns.map((c) => (
                <option key={c.column} value={c.column}>
                  {c.column}
                </option>
              ))}
            </select>
          </label>
          <label className="sim-check">
            <input
              type="checkbox"
              checked={exclude}
              onChange={(e) => setExclude(e.target.checked)}
            />{' '}
            Exclude bad rows
          </label>
          <button type="button" onClick={() => void check()}>
            Check and import CSV
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error" data-testid="csv-import-error">
          {error}
        </p>
      )}
      {outcome && (
        <div role="status">
          <p className="small">
            {outcome.totalRows.toLocaleString('en-US')} rows,{' '}
            {outcome.rows.length.toLocaleString('en-US')} imported
            {outcome.excludedRows > 0 ? `, ${outcome.excludedRows} excluded` : ''}
            {outcome.errors.length > 0 && outcome.rows.length === 0
              ? ' — nothing imported until the errors are fixed or bad rows are excluded'
              : ''}
            .
          </p>
          {outcome.errors.length > 0 && (
            <table className="sim-table small" aria-label="CSV errors">
              <thead>
                <tr>
                  <th>Row</th>
                  <th>Column</th>
                  <th>Problem</th>
                </tr>
              </thead>
              <tbody>
                {outcome.errors.slice(0, 50).map((e, i) => (
                  <tr key={i}>
                    <td>{e.row}</td>
                    <td>{e.column}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
