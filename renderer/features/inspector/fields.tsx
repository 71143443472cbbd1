import { useEffect, useId, useState } from 'react';
import { DurationUnit, type Duration } from '../../../shared/model';

/** Messages by setting key for the selected node (the Problems list's own words). */
export type FieldErrors = Record<string, string>;

/** The message under a field; the same words as its line in the Problems list. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {message}
    </span>
  );
}

/** A name field that only commits valid names (1–100 characters) and says why otherwise. */
export function NameField({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (name: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const id = useId();
  useEffect(() => setDraft(value), [value]);
  const trimmed = draft.trim();
  const error =
    trimmed.length === 0
      ? 'Name is required'
      : trimmed.length > 100
        ? 'Name must be at most 100 characters'
        : null;
  return (
    <label>
      {label}
      <input
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? id : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = e.target.value.trim();
          if (next.length > 0 && next.length <= 100) onCommit(e.target.value);
        }}
        onBlur={() => setDraft(value)}
      />
      {error && (
        <span id={id} className="field-error">
          {error}
        </span>
      )}
    </label>
  );
}

/** Amount and unit of a duration. */
export function DurationField({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: Duration;
  onChange: (d: Duration) => void;
}) {
  return (
    <fieldset className="duration">
      <legend>{legend}</legend>
      <label>
        Amount
        <input
          type="number"
          min={0}
          max={100000}
          value={value.amount}
          onChange={(e) => {
            const amount = Math.max(0, Math.min(100_000, Math.round(Number(e.target.value) || 0)));
            onChange({ ...value, amount });
          }}
        />
      </label>
      <label>
        Unit
        <select
          value={value.unit}
          onChange={(e) => onChange({ ...value, unit: e.target.value as Duration['unit'] })}
        >
          {DurationUnit.options.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
