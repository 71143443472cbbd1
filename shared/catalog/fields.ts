import { z } from 'zod';
import { addressesIssue, urlIssue } from './addresses';
import type { JourneyRefUse } from './journey-refs';
import type { FieldCondition, OptionSource, ParamField } from './types';

interface Common {
  required?: boolean;
  help?: string;
  when?: FieldCondition;
}

/** A free-text parameter (`textarea` for long text); `max` characters, Liquid when `liquid`. */
export function textField(
  name: string,
  label: string,
  opts: Common & { max: number; liquid?: boolean; multiline?: boolean; pattern?: [RegExp, string] },
): ParamField {
  let schema = z
    .string(`${label} must be text`)
    .max(opts.max, `${label} must be at most ${opts.max} characters`);
  if (opts.pattern) schema = schema.regex(opts.pattern[0], `${label}: ${opts.pattern[1]}`);
  return {
    name,
    label,
    help: opts.help,
    widget: opts.multiline ? 'textarea' : 'text',
    schema,
    required: opts.required ?? true,
    when: opts.when,
    liquid: opts.liquid ?? false,
  };
}

/**
 * Email addresses separated by commas; each may be Liquid (`{{ person.email }}`), checked as Liquid,
 * or one of `roles` (recipients resolved per account when the step runs).
 */
export function addressesField(
  name: string,
  label: string,
  opts: Common & { max: number; roles?: readonly string[] },
): ParamField {
  const { roles = [], ...text } = opts;
  const field = textField(name, label, { ...text, liquid: true });
  return { ...field, schema: checked(field.schema, (v) => addressesIssue(v, label, roles)) };
}

/** An http(s) URL; Liquid may fill in parts of it, or all of it. */
export function urlField(name: string, label: string, opts: Common & { max: number }): ParamField {
  const field = textField(name, label, { ...opts, liquid: true });
  return { ...field, schema: checked(field.schema, (v) => urlIssue(v, label)) };
}

/** A text schema with one more check, whose message is the field's problem. */
function checked(schema: z.ZodType, issue: (value: string) => string | undefined): z.ZodType {
  return schema.superRefine((v, ctx) => {
    const message = typeof v === 'string' ? issue(v) : undefined;
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

/** A select whose options come from workspace reference data (value = the item's id or name). */
export function refField(
  name: string,
  label: string,
  options: OptionSource,
  opts: Common & { dependsOn?: string; journeyUse?: JourneyRefUse } = {},
): ParamField {
  return {
    journeyUse: opts.journeyUse,
    name,
    label,
    help: opts.help,
    widget: 'select',
    schema: z.string(`${label} must be text`).max(200, `${label} must be at most 200 characters`),
    required: opts.required ?? true,
    when: opts.when,
    options,
    dependsOn: opts.dependsOn,
  };
}

/** A select (or radio group) over a fixed list of values. */
export function choiceField(
  name: string,
  label: string,
  choices: readonly [string, ...string[]],
  opts: Common & { radio?: boolean } = {},
): ParamField {
  return {
    name,
    label,
    help: opts.help,
    widget: opts.radio ? 'radio' : 'select',
    schema: z.enum(choices, `${label} must be one of: ${choices.join(', ')}`),
    required: opts.required ?? true,
    when: opts.when,
    choices,
  };
}

/** A whole number between `min` and `max`. */
export function intField(
  name: string,
  label: string,
  opts: Common & { min: number; max: number },
): ParamField {
  return {
    name,
    label,
    help: opts.help,
    widget: 'number',
    schema: z
      .number(`${label} must be a number`)
      .int(`${label} must be a whole number`)
      .min(opts.min, `${label} must be at least ${opts.min}`)
      .max(opts.max, `${label} must be at most ${opts.max}`),
    required: opts.required ?? true,
    when: opts.when,
  };
}

/** Named string values (function input, HTTP headers); each value may hold Liquid. */
export function keyValueField(
  name: string,
  label: string,
  opts: Common & { liquid?: boolean } = {},
): ParamField {
  return {
    name,
    label,
    help: opts.help,
    widget: 'keyValue',
    schema: z
      .record(
        z
          .string()
          .min(1, `${label}: names may not be empty`)
          .max(100, `${label}: names are at most 100 characters`),
        z
          .string(`${label}: values must be text`)
          .max(10_000, `${label}: values are at most 10000 characters`),
      )
      .refine((r) => Object.keys(r).length <= 100, `${label}: at most 100 entries`),
    required: opts.required ?? false,
    when: opts.when,
    liquid: opts.liquid ?? false,
  };
}
