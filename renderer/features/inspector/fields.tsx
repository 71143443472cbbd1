import { useEffect, useId, useRef, useState } from 'react';
import { DurationUnit, type Duration } from '../../../shared/model';
import {
  DURATION_AMOUNT_LABELS,
  DURATION_INVALID,
  durationAmountIssue,
} from '../../../shared/validation';

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
  // The error sits outside the label: it describes the field (aria-describedby), not names it.
  return (
    <>
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
      </label>
      {error && (
        <span id={id} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}

/** A refused value the field keeps, with its message (a field draft of the editor store). */
export interface KeptValue {
  value: unknown;
  message: string;
}

/**
 * Amount and unit of a duration. An amount that is not a whole number of 1 or more ("-3") stays in
 * the box, marked invalid with its message, and is never saved nor silently changed (issue #19).
 */
export function DurationField({
  legend,
  field,
  value,
  onChange,
  kept,
  onKeep,
  error,
}: {
  legend: string;
  /** The problem field of its amount (`duration.amount`): the Problems list focuses it. */
  field: keyof typeof DURATION_AMOUNT_LABELS;
  value: Duration;
  onChange: (d: Duration) => void;
  kept?: KeptValue;
  onKeep: (kept: (KeptValue & { code: string }) | null) => void;
  /** What validation says of the saved amount (an imported 0). */
  error?: string;
}) {
  const id = useId();
  const message = kept?.message ?? error;
  // The amount when the user entered the box: a refused "2.5" falls back to it, never to the "2"
  // saved on the way (issue #19).
  const atFocus = useRef(value.amount);
  return (
    <fieldset className="duration">
      <legend>{legend}</legend>
      <label>
        Amount
        <input
          type="number"
          min={1}
          max={100000}
          step={1}
          data-field={field}
          value={kept ? String(kept.value) : value.amount}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : undefined}
          onFocus={() => (atFocus.current = value.amount)}
          onChange={(e) => {
            const typed = e.target.value;
            const issue = durationAmountIssue(DURATION_AMOUNT_LABELS[field], typed, value.unit);
            if (issue) {
              onKeep({ value: typed, message: issue, code: DURATION_INVALID });
              if (value.amount !== atFocus.current) onChange({ ...value, amount: atFocus.current });
              return;
            }
            if (kept) onKeep(null);
            onChange({ ...value, amount: Number(typed) });
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
      <FieldError id={`${id}-error`} message={message} />
    </fieldset>
  );
}
