import { z } from 'zod';
import type { WidgetProps } from './widget-props';

/** The character limit of a text field, when its schema has one. */
export function maxLengthOf(props: Pick<WidgetProps, 'field'>): number | null {
  const schema = props.field.schema;
  return schema instanceof z.ZodString ? schema.maxLength : null;
}

/** Text and long text; no maxLength attribute, so going over the limit is shown rather than silently cut. */
export function TextWidget({ field, id, value, onChange, describedBy, invalid, env }: WidgetProps) {
  const common = {
    id,
    value: typeof value === 'string' ? value : '',
    readOnly: env.readOnly,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-required': field.required || undefined,
    spellCheck: field.liquid ? false : undefined,
  };
  return field.widget === 'textarea' ? (
    <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
  );
}

/** A number as people type it: 10, -5, 2.5 (the schema says whether a fraction is allowed). */
const NUMBER_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * What a number box's text stands for: nothing when empty, the number when it reads as one, else
 * the text itself, which the field's schema refuses by name ("Change in score must be a number")
 * and the form keeps in the box as a refused value, as the Wait's Amount does (issue #19).
 */
export function typedNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return NUMBER_TEXT.test(trimmed) ? Number(trimmed) : text;
}

/**
 * Numbers; an empty box means "not set". A text box, so that "abc" or "1e" stays visible with its
 * message instead of the browser's number box swallowing it as empty ("is required").
 */
export function NumberWidget({
  field,
  id,
  value,
  onChange,
  describedBy,
  invalid,
  env,
}: WidgetProps) {
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      value={typeof value === 'number' || typeof value === 'string' ? String(value) : ''}
      readOnly={env.readOnly}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-required={field.required || undefined}
      onChange={(e) => onChange(typedNumber(e.target.value))}
    />
  );
}
