import { Distribution } from '../../../shared/simulation';

type Dists = Record<string, Distribution>;

/** "Executive:1, Manager:3" <-> categorical values with weights. */
function toText(d: Distribution): string {
  if (d.kind === 'categorical')
    return d.values.map((v) => `${String(v.value)}:${v.weight}`).join(', ');
  if (d.kind === 'uniform') return `${d.min}..${d.max}`;
  if (d.kind === 'dates') return `${d.from}..${d.to}`;
  return `~${d.mean}±${d.stdDev}`;
}

/**
 * Parses the compact text: "a:1, b:3" (categorical), "10..90" (uniform), "~50±10" (normal),
 * "2025-01-01..2026-11-30" (dates).
 */
export function parseDistribution(text: string): Distribution | null {
  const t = text.trim();
  const days = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (days) {
    const parsed = Distribution.safeParse({ kind: 'dates', from: days[1], to: days[2] });
    return parsed.success ? parsed.data : null;
  }
  const uni = /^(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)$/.exec(t);
  if (uni)
    return {
      kind: 'uniform',
      min: Number(uni[1]),
      max: Number(uni[2]),
      integer: !uni[1].includes('.') && !uni[2].includes('.'),
    };
  const norm = /^~\s*(-?\d+(?:\.\d+)?)\s*±\s*(\d+(?:\.\d+)?)$/.exec(t);
  if (norm)
    return { kind: 'normal', mean: Number(norm[1]), stdDev: Number(norm[2]), integer: false };
  const values = t
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const i = p.lastIndexOf(':');
      const raw = i < 0 ? p : p.slice(0, i).trim();
      const weight = i < 0 ? 1 : Number(p.slice(i + 1));
      const value = raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
      return { value, weight: Number.isFinite(weight) && weight >= 0 ? weight : 1 };
    });
  return values.length ? { kind: 'categorical', values } : null;
}

/** Rows of attribute name + distribution text for one scope. */
export function DistributionsEditor({
  scope,
  value,
  onChange,
}: {
  scope: 'Account' | 'Person';
  value: Dists;
  onChange: (v: Dists) => void;
}) {
  const entries = Object.entries(value);
  const rename = (from: string, to: string) =>
    onChange(Object.fromEntries(entries.map(([k, d]) => [k === from ? to : k, d])));
  return (
    <div className="sim-dists">
      {entries.map(([key, d], i) => (
        <div className="sim-dist-row" key={i}>
          <input
            aria-label={`${scope} attribute ${i + 1} name`}
            value={key}
            onChange={(e) =>
              /^[A-Za-z_][A-Za-z0-9_]*$/.test(e.target.value) && rename(key, e.target.value)
            }
          />
          <input
            aria-label={`${scope} attribute ${key} values`}
            defaultValue={toText(d)}
            title='"a:1, b:3" for values with weights, "10..90" uniform, "~50±10" normal, "2025-01-01..2026-11-30" dates'
            onBlur={(e) => {
              const parsed = parseDistribution(e.target.value);
              if (parsed) onChange({ ...value, [key]: parsed });
            }}
          />
          <button
            type="button"
            aria-label={`Remove ${scope.toLowerCase()} attribute ${key}`}
            onClick={() => onChange(Object.fromEntries(entries.filter(([k]) => k !== key)))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange({
            ...value,
            [`attr${entries.length + 1}`]: {
              kind: 'categorical',
              values: [{ value: 'a', weight: 1 }],
            },
          })
        }
      >
        Add {scope.toLowerCase()} attribute
      </button>
    </div>
  );
}
