import { KeyValueEditor } from './KeyValueEditor';
import type { WidgetProps } from './widget-props';

/** A catalog key-value field (webhook headers, journey input): empty means "not set". */
export function KeyValueWidget({ field, id, value, onChange, describedBy, env }: WidgetProps) {
  return (
    <KeyValueEditor
      label={field.label}
      id={id}
      value={value}
      readOnly={env.readOnly}
      describedBy={describedBy}
      onChange={(next) => onChange(Object.keys(next).length > 0 ? next : undefined)}
    />
  );
}
