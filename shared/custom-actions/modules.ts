import { z } from 'zod';
import { ModuleId } from './definition';

/** A JSON Schema object as z.toJSONSchema produces it (for generated forms). */
export const JsonSchemaObject = z.record(z.string(), z.unknown());
export type JsonSchemaObject = z.infer<typeof JsonSchemaObject>;

/** One function of a module: its input and output schemas as JSON Schema. */
export const FunctionDescriptor = z.object({
  name: z.string(),
  label: z.string(),
  description: z.string(),
  input: JsonSchemaObject,
  output: JsonSchemaObject,
});
export type FunctionDescriptor = z.infer<typeof FunctionDescriptor>;

/** A module as the Create Action dialog and the Action step form need it. */
export const ModuleDescriptor = z.object({
  id: ModuleId,
  label: z.string(),
  description: z.string(),
  /** Configuration form; secret fields carry `"secret": true`. */
  config: JsonSchemaObject,
  secretFields: z.array(z.string()),
  functions: z.array(FunctionDescriptor),
});
export type ModuleDescriptor = z.infer<typeof ModuleDescriptor>;

/** What a module Test or a function Test reports; `response` is what the step would store. */
export const TestResult = z.object({
  ok: z.boolean(),
  /** One line a person can act on ("Connection refused by 127.0.0.1:9", "HTTP 404 Not Found"). */
  message: z.string(),
  durationMs: z.number().min(0),
  /** The function input after Liquid rendering (function tests). */
  input: z.record(z.string(), z.unknown()).optional(),
  response: z.unknown().optional(),
});
export type TestResult = z.infer<typeof TestResult>;

/** A person and their account, as Liquid sees them in tests and previews. */
export const SampleProfileInput = z.object({
  person: z.record(
    z.string().max(100),
    z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]),
  ),
  account: z.record(
    z.string().max(100),
    z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]),
  ),
});
export type SampleProfileInput = z.infer<typeof SampleProfileInput>;
