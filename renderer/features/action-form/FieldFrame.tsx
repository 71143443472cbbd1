import type { ReactNode } from 'react';

/** What a field's frame shows: its label, whether it is required, and a help text. */
export interface FrameField {
  label: string;
  required: boolean;
  help?: string;
}

interface Props {
  field: FrameField;
  id: string;
  grouped: boolean;
  error?: string;
  /** The message is a warning: styled as one, the control not marked invalid. */
  warning?: boolean;
  /** "12 / 50" for text with a limit. */
  counter?: { used: number; max: number };
  /** The problem field it shows: the Problems list focuses its control. */
  problemField?: string;
  children: ReactNode;
}

/** Ids of a field's help and error texts, for the control's aria-describedby. */
export function describedByOf(id: string, field: FrameField, error?: string): string | undefined {
  const ids = [field.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The message under a field: an error (red, announced, the control invalid) or a warning (amber). */
export function FieldMessage({
  id,
  message,
  warning,
}: {
  id: string;
  message: string;
  warning?: boolean;
}) {
  return warning ? (
    <p id={id} className="field-error warning">
      {message}
    </p>
  ) : (
    <p id={id} role="alert" className="field-error">
      {message}
    </p>
  );
}

function Label({ field }: { field: FrameField }) {
  return (
    <>
      {field.label}
      {field.required ? (
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      ) : (
        <span className="muted"> (optional)</span>
      )}
    </>
  );
}

/** Label (or legend), required mark, help text, inline error and counter around one control. */
export function FieldFrame({
  field,
  id,
  grouped,
  error,
  warning,
  counter,
  problemField,
  children,
}: Props) {
  const over = counter && counter.used > counter.max;
  const foot = (
    <>
      {(field.help || counter) && (
        <div className="field-foot">
          {field.help && (
            <span id={`${id}-help`} className="muted help">
              {field.help}
            </span>
          )}
          {counter && (
            <span
              className={over ? 'counter over' : 'counter'}
            >{`${counter.used} / ${counter.max}`}</span>
          )}
        </div>
      )}
      {error && <FieldMessage id={`${id}-error`} message={error} warning={warning} />}
    </>
  );
  if (grouped)
    return (
      <fieldset
        className="field"
        data-field={problemField}
        aria-invalid={error && !warning ? true : undefined}
        aria-describedby={describedByOf(id, field, error)}
      >
        <legend>
          <Label field={field} />
        </legend>
        {children}
        {foot}
      </fieldset>
    );
  return (
    <div className="field" data-field={problemField}>
      <label htmlFor={id}>
        {/* One span, so a flex-column label keeps the mark on the label's line. */}
        <span>
          <Label field={field} />
        </span>
      </label>
      {children}
      {foot}
    </div>
  );
}
