import { useState } from 'react';

interface Props {
  label: string;
  value: Record<string, string>;
  readOnly: boolean;
  onChange: (next: Record<string, string>) => void;
}

type Row = { name: string; value: string };

/** Named text values (HTTP headers): one row per entry, rows with no name are not sent. */
export function KeyValueEditor({ label, value, readOnly, onChange }: Props) {
  const [rows, setRows] = useState<Row[]>(() =>
    Object.entries(value).map(([name, v]) => ({ name, value: v })),
  );
  const update = (next: Row[]) => {
    setRows(next);
    onChange(
      Object.fromEntries(
        next.filter((r) => r.name.trim() !== '').map((r) => [r.name.trim(), r.value]),
      ),
    );
  };
  return (
    <div className="kv" role="group" aria-label={label}>
      {rows.map((row, i) => (
        <div className="kv-row" key={i}>
          <input
            aria-label={`${label} ${i + 1} name`}
            placeholder="Name"
            value={row.name}
            disabled={readOnly}
            onChange={(e) =>
              update(rows.map((r, j) => (j === i ? { ...r, name: e.target.value } : r)))
            }
          />
          <input
            aria-label={`${label} ${i + 1} value`}
            placeholder="Value"
            value={row.value}
            disabled={readOnly}
            onChange={(e) =>
              update(rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))
            }
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
