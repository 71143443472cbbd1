import type { ImportPolicy } from '../../../shared/bundle';

const POLICIES: { value: ImportPolicy; label: string; hint: string }[] = [
  { value: 'skip', label: 'Skip', hint: 'Keep what is here; conflicting items are not imported.' },
  { value: 'overwrite', label: 'Overwrite', hint: 'Replace the items here with the bundle’s.' },
  {
    value: 'copy',
    label: 'Import as copy',
    hint: 'Add conflicting journeys as new journeys named …_copy.',
  },
];

/** The conflict policy, as a radio group. */
export function PolicyChoice({
  value,
  onChange,
}: {
  value: ImportPolicy;
  onChange: (policy: ImportPolicy) => void;
}) {
  return (
    <fieldset className="policy-choice">
      <legend>When an item conflicts</legend>
      {POLICIES.map((p) => (
        <label key={p.value} className="radio">
          <input
            type="radio"
            name="import-policy"
            value={p.value}
            checked={value === p.value}
            onChange={() => onChange(p.value)}
          />
          <span>
            {p.label} <span className="muted">— {p.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
