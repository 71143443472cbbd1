import type { JsonSchemaObject } from '../../../shared/custom-actions';

/** One property of a JSON Schema object, as the generated forms draw it. */
export interface SchemaField {
  name: string;
  label: string;
  description?: string;
  kind: 'text' | 'textarea' | 'secret' | 'number' | 'select' | 'keyValue' | 'checkbox';
  required: boolean;
  options?: string[];
  defaultValue?: unknown;
  min?: number;
  max?: number;
}

type Prop = {
  type?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  secret?: boolean;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
};

function kindOf(p: Prop): SchemaField['kind'] {
  if (p.secret) return 'secret';
  if (Array.isArray(p.enum)) return 'select';
  if (p.type === 'number' || p.type === 'integer') return 'number';
  if (p.type === 'boolean') return 'checkbox';
  if (p.type === 'object') return 'keyValue';
  // Long free text (JSON bodies, mock responses) gets a box; URLs, paths and queries stay one line.
  return (p.maxLength ?? 0) > 10_000 ? 'textarea' : 'text';
}

const humanize = (name: string) =>
  name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

/** The fields of an object schema in declaration order (z.toJSONSchema keeps it). */
export function schemaFields(schema: JsonSchemaObject | undefined): SchemaField[] {
  const props = (schema?.properties ?? {}) as Record<string, Prop>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, p]) => ({
    name,
    label: p.title ?? humanize(name),
    description: p.description,
    kind: kindOf(p),
    // A field with a default is optional to fill in.
    required: required.has(name) && p.default === undefined,
    options: Array.isArray(p.enum) ? p.enum.map(String) : undefined,
    defaultValue: p.default,
    min: p.minimum,
    max: p.maximum,
  }));
}
