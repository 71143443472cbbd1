import { useEffect, useId, useRef, useState } from 'react';
import {
  distributionText,
  parseDistributionText,
  type Distribution,
} from '../../../shared/simulation';
import { useReportValidity } from './field-validity';

/**
 * The text of one attribute's distribution. What is typed stays on screen as typed; text that is
 * not a distribution is marked invalid with a message naming the attribute, reported to the form
 * (Run and Save wait) and never reaches the scenario.
 */
export function DistributionField({
  label,
  attr,
  value,
  onChange,
}: {
  label: string;
  attr: string;
  value: Distribution;
  onChange: (d: Distribution) => void;
}) {
  const id = useId();
  const report = useReportValidity();
  // The text being typed; null shows the scenario's value.
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The distribution this field last handed up: any other value came from outside (another scenario).
  const committed = useRef<Distribution | null>(null);
  useEffect(() => {
    if (value === committed.current) return;
    setDraft(null);
    setMessage(null);
    report(id, null);
  }, [value, id, report]);
  useEffect(() => () => report(id, null), [id, report]);
  const check = (text: string) => {
    const parsed = parseDistributionText(attr, text);
    if (parsed.ok) {
      setMessage(null);
      report(id, null);
      // The text has no room for a normal distribution's bounds: a new mean or spread keeps them.
      const next =
        parsed.value.kind === 'normal' && value.kind === 'normal'
          ? { ...value, mean: parsed.value.mean, stdDev: parsed.value.stdDev }
          : parsed.value;
      committed.current = next;
      onChange(next);
    } else {
      setMessage(parsed.message);
      report(id, parsed.message);
    }
  };
  // A renamed attribute: the message must name it by its new name.
  useEffect(() => {
    if (draft !== null && message !== null) check(draft);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attr]);
  return (
    <span className="sim-dist-value">
      <input
        id={id}
        aria-label={label}
        value={draft ?? distributionText(value)}
        title='"a:1, b:3" for values with weights, "10..90" uniform, "~50±10" normal, "2025-01-01..2026-11-30" dates'
        aria-invalid={message !== null}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          check(e.target.value);
        }}
      />
      {message && (
        <span id={`${id}-error`} className="sim-field-error">
          {message}
        </span>
      )}
    </span>
  );
}
