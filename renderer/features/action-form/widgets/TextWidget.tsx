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

/** Whole numbers; an empty box means "not set". */
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
      type="number"
      step={1}
      value={typeof value === 'number' ? value : ''}
      readOnly={env.readOnly}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-required={field.required || undefined}
      onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
    />
  );
}
