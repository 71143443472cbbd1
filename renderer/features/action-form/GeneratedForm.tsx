import { useId, type ReactNode } from 'react';
import './action-form.css';
import { describedByOf, FieldFrame, type FrameField } from './FieldFrame';

/** What a field's control needs from the form: its id and how it is described. */
export interface ControlAttrs {
  id: string;
  /** Ids of the help text and the error (undefined for a group: its fieldset carries them). */
  describedBy: string | undefined;
  invalid: boolean;
}

/** One field of a generated form: its frame (label, help, error, counter) and its control. */
export interface GeneratedField extends FrameField {
  name: string;
  /** A group of controls (fieldset and legend) rather than one labelled control. */
  grouped?: boolean;
  error?: string;
  /** The message is a warning, not an error (the control is not invalid). */
  warning?: boolean;
  /** "12 / 50" for text with a limit. */
  counter?: { used: number; max: number };
  /** The problem field it shows (`params.status`): the Problems list focuses it. */
  problemField?: string;
  control: (attrs: ControlAttrs) => ReactNode;
}

/**
 * The one form generator: catalog action settings (ParamForm) and custom Action configuration and
 * function input (SchemaForm) both describe their fields and draw them here, so labels, required
 * marks, help, inline errors and their ARIA wiring are the same everywhere.
 */
export function GeneratedForm({
  fields,
  className,
  onFocus,
}: {
  fields: readonly GeneratedField[];
  className?: string;
  /** A control of the form got focus (React's focus bubbles): where an edit starts. */
  onFocus?: () => void;
}) {
  const base = useId();
  return (
    <div className={className ? `generated-form ${className}` : 'generated-form'} onFocus={onFocus}>
      {fields.map((field) => {
        const id = `${base}-${field.name}`;
        const grouped = field.grouped ?? false;
        return (
          <FieldFrame
            key={field.name}
            field={field}
            id={id}
            grouped={grouped}
            error={field.error}
            warning={field.warning}
            counter={field.counter}
            problemField={field.problemField}
          >
            {field.control({
              id,
              describedBy: grouped ? undefined : describedByOf(id, field, field.error),
              invalid: field.error !== undefined && !field.warning,
            })}
          </FieldFrame>
        );
      })}
    </div>
  );
}
