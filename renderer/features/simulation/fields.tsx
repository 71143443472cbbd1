import { useEffect, useId, useState, type ReactNode } from 'react';
import { useReportValidity } from './field-validity';
import { checkNumber, type NumberRule } from './number-rule';

/**
 * A labelled number input. Text that breaks the field's rule (empty, not a number, a fraction
 * where a whole number is needed, out of range) is kept on screen, marked invalid with a message
 * naming the field, reported to the form (Run waits) and never reaches the scenario.
 */
export function NumberField(
  props: {
    label: string;
    value: number | undefined;
    onChange: (v: number | undefined) => void;
    step?: number;
    /** The id of a message about this field and another (clicks above opens): marks it invalid. */
    invalidBy?: string;
  } & NumberRule,
) {
  const id = useId();
  const report = useReportValidity();
  // The text typed while it is invalid; null shows the scenario's value.
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The text last checked; rechecked when the rule moves (min ≤ max of a linked field), so a
  // message never quotes a bound that no longer holds.
  const [checked, setChecked] = useState<string | null>(null);
  // Another scenario picked (the value changed from outside): show it, forget the bad text.
  useEffect(() => {
    setDraft(null);
    setMessage(null);
    setChecked(null);
    report(id, null);
  }, [props.value, id, report]);
  useEffect(() => () => report(id, null), [id, report]);
  const { label, min, max, integer, optional, onChange } = props;
  useEffect(() => {
    if (checked === null) return;
    const check = checkNumber(label, checked, { min, max, integer, optional });
    if (check.ok) {
      setDraft(null);
      setMessage(null);
      setChecked(null);
      report(id, null);
      onChange(check.value);
    } else {
      setMessage(check.message);
      report(id, check.message);
    }
    // Only a change of the bounds rechecks; typing checks in onChange below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [min, max]);
  return (
    <NumberInput
      id={id}
      label={props.label}
      text={draft ?? String(props.value ?? '')}
      rule={props}
      step={props.step}
      message={message}
      invalid={props.invalidBy !== undefined}
      alsoDescribedBy={props.invalidBy}
      onText={(shown, text) => {
        const check = checkNumber(props.label, text, props);
        if (check.ok) {
          setDraft(null);
          setMessage(null);
          setChecked(null);
          report(id, null);
          props.onChange(check.value);
        } else {
          setDraft(shown);
          setChecked(text);
          setMessage(check.message);
          report(id, check.message);
        }
      }}
    />
  );
}

/**
 * The label, number input and own message of a number field; the owner keeps the text and checks
 * it. `onText` gets the text shown and the text to check ("not a number" for text the input
 * cannot parse, e.g. "1e", which it reads as ""). `alsoDescribedBy` points at a message shared
 * with other fields; `invalid` marks the field for it.
 */
export function NumberInput(props: {
  id: string;
  label: string;
  text: string;
  rule: NumberRule;
  step?: number;
  message: string | null;
  invalid?: boolean;
  alsoDescribedBy?: string;
  onText: (shown: string, text: string) => void;
}) {
  const { id, message } = props;
  const describedBy = [message ? `${id}-error` : '', props.alsoDescribedBy ?? ''].filter(Boolean);
  // The message sits beside the label, not in it: inside, it became part of the field's name
  // ("AccountsAccounts: must be at least 1") and was read twice with its description.
  return (
    <div className="sim-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        value={props.text}
        min={props.rule.min}
        max={props.rule.max}
        step={props.step ?? 1}
        aria-invalid={message !== null || props.invalid === true}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        onChange={(e) =>
          props.onText(e.target.value, e.target.validity.badInput ? 'not a number' : e.target.value)
        }
      />
      {message && (
        <span id={`${id}-error`} className="sim-field-error">
          {message}
        </span>
      )}
    </div>
  );
}

/** A percentage input for a 0..1 probability. */
export function PercentField({
  label,
  value,
  onChange,
  invalidBy,
}: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  invalidBy?: string;
}) {
  return (
    <NumberField
      label={`${label} (%)`}
      invalidBy={invalidBy}
      value={Math.round(value * 1000) / 10}
      min={0}
      max={100}
      step={0.1}
      onChange={(v) => onChange((v ?? 0) / 100)}
    />
  );
}

/**
 * A labelled text input that must not be empty (a scenario's name): an empty or too long text is
 * kept on screen, marked invalid with a message naming the field, reported to the form (Run and
 * Save wait) and never reaches the scenario.
 */
export function RequiredTextField({
  label,
  value,
  maxLength,
  onChange,
}: {
  label: string;
  value: string;
  maxLength: number;
  onChange: (v: string) => void;
}) {
  const id = useId();
  const report = useReportValidity();
  const [draft, setDraft] = useState<string | null>(null);
  // Another scenario picked: show its name, forget the refused text.
  useEffect(() => {
    setDraft(null);
    report(id, null);
  }, [value, id, report]);
  useEffect(() => () => report(id, null), [id, report]);
  const problem = (text: string) =>
    text.trim() === ''
      ? `${label} is required`
      : text.trim().length > maxLength
        ? `${label} must be at most ${maxLength} characters`
        : null;
  const message = draft === null ? null : problem(draft);
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft ?? value}
        aria-invalid={message !== null}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          const refused = problem(text);
          report(id, refused);
          if (refused) setDraft(text);
          else {
            setDraft(null);
            onChange(text);
          }
        }}
      />
      {message && (
        <span id={`${id}-error`} className="sim-field-error">
          {message}
        </span>
      )}
    </div>
  );
}

/** A fieldset with a legend. */
export function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="sim-section">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
