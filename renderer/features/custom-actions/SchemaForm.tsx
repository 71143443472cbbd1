import { useId } from 'react';
import type { SecretView } from './types';
import type { SchemaField } from './json-schema-fields';
import { KeyValueEditor } from './KeyValueEditor';

interface Props {
  fields: readonly SchemaField[];
  values: Record<string, unknown>;
  onChange: (name: string, value: unknown) => void;
  /** Stored secrets: a secret box left empty keeps the stored value. */
  secrets?: Record<string, SecretView>;
  /** Inline messages by field name. */
  errors?: Record<string, string | undefined>;
  readOnly?: boolean;
  /** Values may hold Liquid (function input). */
  liquid?: boolean;
}

function describedBy(id: string, field: SchemaField, error?: string): string | undefined {
  const ids = [field.description ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A form generated from a JSON Schema object (module configuration, function input). */
export function SchemaForm({
  fields,
  values,
  onChange,
  secrets,
  errors = {},
  readOnly = false,
  liquid = false,
}: Props) {
  const base = useId();
  return (
    <>
      {fields.map((field) => {
        const id = `${base}-${field.name}`;
        const error = errors[field.name];
        const value = values[field.name];
        const common = {
          id,
          disabled: readOnly,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy(id, field, error),
        };
        const secret = secrets?.[field.name];
        let control;
        switch (field.kind) {
          case 'secret':
            control = (
              <input
                {...common}
                type="password"
                autoComplete="new-password"
                value={typeof value === 'string' ? value : ''}
                placeholder={secret?.set ? `${secret.hint} (stored; type to replace)` : ''}
                onChange={(e) => onChange(field.name, e.target.value)}
              />
            );
            break;
          case 'select':
            control = (
              <select
                {...common}
                value={typeof value === 'string' ? value : String(field.defaultValue ?? '')}
                onChange={(e) => onChange(field.name, e.target.value)}
              >
                {!field.required && field.defaultValue === undefined && <option value="">—</option>}
                {field.options?.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            );
            break;
          case 'number':
            control = (
              <input
                {...common}
                type="number"
                min={field.min}
                max={field.max}
                value={typeof value === 'number' ? value : ''}
                placeholder={field.defaultValue !== undefined ? String(field.defaultValue) : ''}
                onChange={(e) =>
                  onChange(field.name, e.target.value === '' ? undefined : Number(e.target.value))
                }
              />
            );
            break;
          case 'checkbox':
            control = (
              <input
                {...common}
                type="checkbox"
                checked={value === true}
                onChange={(e) => onChange(field.name, e.target.checked)}
              />
            );
            break;
          case 'keyValue':
            control = (
              <KeyValueEditor
                label={field.label}
                value={(value as Record<string, string> | undefined) ?? {}}
                readOnly={readOnly}
                onChange={(next) => onChange(field.name, next)}
              />
            );
            break;
          default:
            control =
              field.kind === 'textarea' ? (
                <textarea
                  {...common}
                  rows={5}
                  spellCheck={false}
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => onChange(field.name, e.target.value)}
                />
              ) : (
                <input
                  {...common}
                  value={typeof value === 'string' ? value : ''}
                  spellCheck={false}
                  placeholder={liquid ? 'Text or Liquid, e.g. {{ person.email }}' : ''}
                  onChange={(e) => onChange(field.name, e.target.value)}
                />
              );
        }
        return (
          <div className="field" key={field.name}>
            {field.kind === 'keyValue' ? (
              <span className="field-label">{field.label}</span>
            ) : (
              <label htmlFor={id}>
                <span>
                  {field.label}
                  {field.required ? (
                    <span className="required-mark"> *</span>
                  ) : (
                    <span className="muted"> (optional)</span>
                  )}
                </span>
              </label>
            )}
            {control}
            {field.description && (
              <span id={`${id}-help`} className="muted help small">
                {field.description}
              </span>
            )}
            {error && (
              <p id={`${id}-error`} role="alert" className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
