import { useState } from 'react';

interface Props {
  label: string;
  /** The first name box's id, so the field's label can point at it. */
  id?: string;
  value: unknown;
  readOnly: boolean;
  describedBy?: string;
  /** The named values; rows with no name are not sent. */
  onChange: (next: Record<string, string>) => void;
}

type Row = { name: string; value: string };

const rowsOf = (value: unknown): Row[] =>
  value && typeof value === 'object'
    ? Object.entries(value as Record<string, unknown>).map(([name, v]) => ({
        name,
        value: String(v),
      }))
    : [];

const recordOf = (rows: readonly Row[]): Record<string, string> =>
  Object.fromEntries(rows.filter((r) => r.name.trim() !== '').map((r) => [r.name.trim(), r.value]));

const sameRecord = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Named text values (HTTP headers, function input): one row per entry. A row being typed keeps its
 * place while its name is blank; a value changed from outside (undo, another step) replaces the rows.
 */
export function KeyValueEditor({ label, id, value, readOnly, describedBy, onChange }: Props) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(value));
  if (!sameRecord(recordOf(rows), recordOf(rowsOf(value)))) setRows(rowsOf(value));
  const update = (next: Row[]) => {
    setRows(next);
    onChange(recordOf(next));
  };
  const edit = (i: number, patch: Partial<Row>) =>
    update(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="kv" aria-describedby={describedBy}>
      {rows.map((row, i) => (
        <div className="kv-row" key={i}>
          <input
            id={i === 0 ? id : undefined}
            aria-label={`${label} ${i + 1} name`}
            placeholder="Name"
            value={row.name}
            readOnly={readOnly}
            onChange={(e) => edit(i, { name: e.target.value })}
          />
          <input
            aria-label={`${label} ${i + 1} value`}
            placeholder="Value"
            value={row.value}
            readOnly={readOnly}
            spellCheck={false}
            onChange={(e) => edit(i, { value: e.target.value })}
          />
          <button
            type="button"
            className="icon"
            aria-label={`Remove ${label.toLowerCase()} ${i + 1}`}
            disabled={readOnly}
            onClick={() => update(rows.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={readOnly}
        onClick={() => setRows([...rows, { name: '', value: '' }])}
      >
        Add {label.toLowerCase().replace(/s$/, '')}
      </button>
    </div>
  );
}
