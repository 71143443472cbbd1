import { useId, type ReactNode } from 'react';

/** A labelled number input; an empty or invalid entry leaves the value unchanged. */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  min?: number;
  max?: number;
  step?: number;
  optional?: boolean;
}) {
  const id = useId();
  return (
    <label className="sim-field" htmlFor={id}>
      <span>{props.label}</span>
      <input
        id={id}
        type="number"
        value={props.value ?? ''}
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        onChange={(e) => {
          const text = e.target.value;
          if (text === '' && props.optional) props.onChange(undefined);
          const n = Number(text);
          if (text !== '' && Number.isFinite(n)) props.onChange(n);
        }}
      />
    </label>
  );
}

/** A percentage input for a 0..1 probability. */
export function PercentField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (v: number) => void;
}) {
  return (
    <NumberField
      label={`${label} (%)`}
      value={Math.round(value * 1000) / 10}
      min={0}
      max={100}
      step={0.1}
      onChange={(v) => onChange(Math.min(1, Math.max(0, (v ?? 0) / 100)))}
    />
  );
}

/** A labelled text input. */
export function TextField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <label className="sim-field" htmlFor={id}>
      <span>{label}</span>
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
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
