import { z } from 'zod';
import type { ActionDef, ActionSpec, ParamField } from './types';

/** The schema a filled-in required value must meet (non-empty text). */
function filled(f: ParamField): z.ZodType {
  return f.schema instanceof z.ZodString ? f.schema.min(1, `${f.label} is required`) : f.schema;
}

function shapeFor(fields: readonly ParamField[], isRequired: (f: ParamField) => boolean) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) shape[f.name] = isRequired(f) ? filled(f) : f.schema.optional();
  return shape;
}

/** Fully configured: required fields filled; conditional fields become a discriminated union. */
function completeSchema(fields: readonly ParamField[]): z.ZodType {
  const conditions = [...new Set(fields.flatMap((f) => (f.when ? [f.when.field] : [])))];
  if (conditions.length === 0) return z.object(shapeFor(fields, (f) => f.required));
  if (conditions.length > 1)
    throw new Error('An action may branch its fields on one parameter only');
  const key = conditions[0];
  const discriminator = fields.find((f) => f.name === key);
  if (!discriminator?.choices) throw new Error(`Branching parameter ${key} must be a choice`);
  const variants = discriminator.choices.map((choice) =>
    z.object({
      ...shapeFor(fields, (f) => f.required && (!f.when || f.when.equals === choice)),
      [key]: z.literal(choice),
    }),
  );
  return z.discriminatedUnion(key, variants as [z.ZodObject, ...z.ZodObject[]]);
}

/** Builds a catalog entry: draft params schema (all optional), complete schema, Liquid fields. */
export function defineAction(spec: ActionSpec): ActionDef {
  const names = spec.fields.map((f) => f.name);
  if (new Set(names).size !== names.length) throw new Error(`${spec.id}: duplicate parameter`);
  return {
    ...spec,
    params: z.object(shapeFor(spec.fields, () => false)),
    complete: completeSchema(spec.fields),
    liquidFields: spec.fields.filter((f) => f.liquid).map((f) => f.name),
  };
}
