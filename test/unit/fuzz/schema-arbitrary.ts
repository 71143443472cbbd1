import fc from 'fast-check';
import { z } from 'zod';

/** The subset of JSON Schema that zod emits and the fuzzers read. */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  format?: string;
  pattern?: string;
}

/** Values worth using for a property name (ids that exist, so a valid-looking input reaches the handler). */
export type KnownValues = Record<string, readonly unknown[]>;

/** The input schema of a contract channel as JSON Schema (what a client could be told). */
export function inputSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
}

const MAX_DEPTH = 6;

/**
 * An arbitrary producing values that mostly satisfy `schema`: the "schema-near" starting points
 * the mutations then bend. Strings named like known properties (id, lineageId…) draw from `known`.
 */
export function arbitraryFor(
  schema: JsonSchema,
  known: KnownValues,
  root: JsonSchema = schema,
  key = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    return target && depth < MAX_DEPTH
      ? arbitraryFor(target, known, root, key, depth + 1)
      : fc.constant({});
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options?.length)
    return fc.oneof(...options.map((o) => arbitraryFor(o, known, root, key, depth + 1)));
  if (schema.allOf?.length) return arbitraryFor(schema.allOf[0], known, root, key, depth + 1);
  if (Array.isArray(schema.type))
    return fc.oneof(
      ...schema.type.map((t) => arbitraryFor({ ...schema, type: t }, known, root, key, depth)),
    );
  const fromKnown = known[key];
  switch (schema.type) {
    case 'object':
      return objectArbitrary(schema, known, root, depth);
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? 4, min + (depth > 3 ? 0 : 3));
      if (fromKnown)
        return fc.subarray([...fromKnown], {
          minLength: Math.min(min, fromKnown.length),
          maxLength: Math.max(1, Math.min(max, fromKnown.length)),
        });
      return fc.array(arbitraryFor(schema.items ?? {}, known, root, key, depth + 1), {
        minLength: min,
        maxLength: max,
      });
    }
    case 'string':
      if (fromKnown) return fc.constantFrom(...fromKnown);
      if (schema.format === 'date-time')
        return fc
          .date({ min: new Date('2030-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString());
      if (schema.pattern)
        return fc
          .stringMatching(new RegExp(schema.pattern))
          .filter((s) => s.length <= (schema.maxLength ?? 200));
      return fc.string({
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 24, Math.max(schema.minLength ?? 0, 24)),
      });
    case 'integer': {
      if (fromKnown) return fc.constantFrom(...fromKnown);
      const min =
        schema.minimum ??
        (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -5);
      return fc.integer({ min, max: Math.min(schema.maximum ?? min + 50, min + 50) });
    }
    case 'number': {
      const min = schema.minimum ?? -1_000;
      return fc.double({
        min,
        max: Math.min(schema.maximum ?? min + 2_000, min + 2_000),
        noNaN: true,
      });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArbitrary(
  schema: JsonSchema,
  known: KnownValues,
  root: JsonSchema,
  depth: number,
): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, prop] of Object.entries(props))
    model[name] = arbitraryFor(prop, known, root, name, depth + 1);
  const record = fc.record(model, {
    requiredKeys: (schema.required ?? []).filter((k) => k in props),
  });
  if (
    schema.additionalProperties &&
    typeof schema.additionalProperties === 'object' &&
    !Object.keys(props).length
  ) {
    return fc.dictionary(
      fc.string({ minLength: 1, maxLength: 12 }),
      arbitraryFor(schema.additionalProperties, known, root, '', depth + 1),
      { maxKeys: 3 },
    );
  }
  return record;
}
