import type { ReactNode } from 'react';
import { GeneratedForm, type ControlAttrs } from '../action-form/GeneratedForm';
import { KeyValueEditor } from '../action-form/widgets/KeyValueEditor';
import type { SchemaField } from './json-schema-fields';
import type { SecretView } from './types';

interface Props {
  fields: readonly SchemaField[];
  values: Record<string, unknown>;
  onChange: (name: string, value: unknown) => void;
  /** Stored secrets: a secret box left empty keeps the stored value. */
  secrets?: Record<string, SecretView>;
  /** Inline messages by field name. */
  errors?: Record<string, string | undefined>;
  /** Fields whose message is a warning, not an error. */
  warnings?: ReadonlySet<string>;
  readOnly?: boolean;
  /** Values may hold Liquid (function input). */
  liquid?: boolean;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The control of one JSON Schema property. */
function schemaControl(
  field: SchemaField,
  value: unknown,
  attrs: ControlAttrs,
  { onChange, secrets, readOnly = false, liquid = false }: Props,
): ReactNode {
  const set = (v: unknown) => onChange(field.name, v);
  const common = {
    id: attrs.id,
    disabled: readOnly,
    'aria-invalid': attrs.invalid || undefined,
    'aria-describedby': attrs.describedBy,
  };
  switch (field.kind) {
    case 'secret': {
      const secret = secrets?.[field.name];
      return (
        <input
          {...common}
          type="password"
          autoComplete="new-password"
          value={text(value)}
          placeholder={secret?.set ? `${secret.hint} (stored; type to replace)` : ''}
          onChange={(e) => set(e.target.value)}
        />
      );
    }
    case 'select':
      return (
        <select
          {...common}
          value={typeof value === 'string' ? value : String(field.defaultValue ?? '')}
          onChange={(e) => set(e.target.value)}
        >
          {!field.required && field.defaultValue === undefined && <option value="">—</option>}
          {field.options?.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
    case 'number':
      return (
        <input
          {...common}
          type="number"
          min={field.min}
          max={field.max}
          value={typeof value === 'number' ? value : ''}
          placeholder={field.defaultValue !== undefined ? String(field.defaultValue) : ''}
          onChange={(e) => set(e.target.value === '' ? undefined : Number(e.target.value))}
        />
      );
    case 'checkbox':
      return (
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(e) => set(e.target.checked)}
        />
      );
    case 'keyValue':
      return (
        <KeyValueEditor
          label={field.label}
          id={attrs.id}
          value={value}
          readOnly={readOnly}
          onChange={set}
        />
      );
    case 'textarea':
      return (
        <textarea
          {...common}
          rows={5}
          spellCheck={false}
          value={text(value)}
          onChange={(e) => set(e.target.value)}
        />
      );
    case 'text':
      return (
        <input
          {...common}
          value={text(value)}
          spellCheck={false}
          placeholder={liquid ? 'Text or Liquid, e.g. {{ person.email }}' : ''}
          onChange={(e) => set(e.target.value)}
        />
      );
  }
}

/** A form generated from a JSON Schema object (module configuration, function input). */
export function SchemaForm(props: Props) {
  const { fields, values, errors = {} } = props;
  return (
    <GeneratedForm
      fields={fields.map((field) => ({
        name: field.name,
        label: field.label,
        required: field.required,
        help: field.description,
        grouped: field.kind === 'keyValue',
        error: errors[field.name],
        warning: props.warnings?.has(field.name),
        control: (attrs) => schemaControl(field, values[field.name], attrs, props),
      }))}
    />
  );
}
