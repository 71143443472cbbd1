import type { WidgetProps } from './widget-props';

type Entries = [string, string][];

const entriesOf = (value: unknown): Entries =>
  value && typeof value === 'object'
    ? Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)])
    : [];

/** Named values (headers, function input): rows of name and value, added and removed one by one. */
export function KeyValueWidget({ field, id, value, onChange, describedBy, env }: WidgetProps) {
  const entries = entriesOf(value);
  const commit = (next: Entries) => onChange(next.length ? Object.fromEntries(next) : undefined);
  const edit = (index: number, at: 0 | 1, text: string) =>
    commit(
      entries.map((e, i) =>
        i === index ? ((at === 0 ? [text, e[1]] : [e[0], text]) as [string, string]) : e,
      ),
    );
  const freeName = () => {
    let n = entries.length + 1;
    while (entries.some(([k]) => k === `name${n}`)) n++;
    return `name${n}`;
  };
  return (
    <div className="kv" aria-describedby={describedBy}>
      {entries.map(([k, v], i) => (
        <div className="kv-row" role="group" aria-label={`${field.label} ${i + 1}`} key={i}>
          <input
            aria-label="Name"
            id={i === 0 ? id : undefined}
            value={k}
            readOnly={env.readOnly}
            onChange={(e) => edit(i, 0, e.target.value)}
          />
          <input
            aria-label="Value"
            value={v}
            readOnly={env.readOnly}
            spellCheck={false}
            onChange={(e) => edit(i, 1, e.target.value)}
          />
          <button
            type="button"
            aria-label={`Remove ${field.label} ${i + 1}`}
            disabled={env.readOnly}
            onClick={() => commit(entries.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={env.readOnly}
        onClick={() => commit([...entries, [freeName(), '']])}
      >
        Add {field.label.toLowerCase()}
      </button>
    </div>
  );
}
