import { DistributionField } from './DistributionField';
import type { Distribution } from '../../../shared/simulation';

type Dists = Record<string, Distribution>;

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
          <DistributionField
            label={`${scope} attribute ${key} values`}
            attr={key}
            value={d}
            onChange={(parsed) => onChange({ ...value, [key]: parsed })}
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
