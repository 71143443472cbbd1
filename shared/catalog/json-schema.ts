import { z } from 'zod';
import { ACTIONS } from './catalog';
import type { ActionDef, ParamField } from './types';

export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** A parameter's form metadata without its zod schema (JSON-safe). */
export type FieldMeta = Omit<ParamField, 'schema'>;

/** One action as `journey-studio catalog --json` prints it. */
export interface ActionJson {
  id: string;
  label: string;
  scope: ActionDef['scope'];
  group: ActionDef['group'];
  audiences: ActionDef['audiences'];
  description: string;
  /** Draft parameters: what a save accepts (every field optional). */
  params: JsonSchema;
  /** A fully configured step: required fields present. */
  complete: JsonSchema;
  fields: FieldMeta[];
  liquidFields: readonly string[];
  simulation: ActionDef['simulation'];
}

function fieldMeta({ schema: _schema, ...meta }: ParamField): FieldMeta {
  return JSON.parse(JSON.stringify(meta)) as FieldMeta;
}

/** One action with its parameter schemas converted to JSON Schema. */
export function actionAsJson(action: ActionDef): ActionJson {
  return {
    id: action.id,
    label: action.label,
    scope: action.scope,
    group: action.group,
    audiences: action.audiences,
    description: action.description,
    params: z.toJSONSchema(action.params),
    complete: z.toJSONSchema(action.complete),
    fields: action.fields.map(fieldMeta),
    liquidFields: action.liquidFields,
    simulation: action.simulation,
  };
}

/** The whole catalog, in seed order, as JSON (labels, scopes, groups, JSON Schema params). */
export function catalogAsJsonSchema(): ActionJson[] {
  return ACTIONS.map(actionAsJson);
}
