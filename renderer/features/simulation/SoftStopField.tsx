import { useId } from 'react';
import type { JourneySummary } from '../../../shared/model';
import { NumberField, Section } from './fields';
import type { SoftStop } from './use-simulation-run';

/** Soft stop rehearsal: another version of this journey takes new entries from a chosen day. */
export function SoftStopField({
  versions,
  value,
  onChange,
}: {
  versions: JourneySummary[];
  value: SoftStop | null;
  onChange: (v: SoftStop | null) => void;
}) {
  const id = useId();
  return (
    <Section legend="Soft stop onto a new version">
      <div className="sim-row">
        <label className="sim-field" htmlFor={id}>
          <span>New version</span>
          <select
            id={id}
            value={value?.journeyId ?? ''}
            onChange={(e) =>
              onChange(
                e.target.value ? { journeyId: e.target.value, atDay: value?.atDay ?? 7 } : null,
              )
            }
          >
            <option value="">No soft stop</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                Version {v.version} ({v.status})
              </option>
            ))}
          </select>
        </label>
        {value && (
          <NumberField
            label="Soft stop on day"
            value={value.atDay}
            min={1}
            onChange={(d) => onChange({ ...value, atDay: d ?? 1 })}
          />
        )}
      </div>
      {versions.length === 0 && (
        <p className="small muted">This journey has no other version yet.</p>
      )}
    </Section>
  );
}
