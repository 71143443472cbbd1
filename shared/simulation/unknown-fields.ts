import { z } from 'zod';

// A hand-written scenario with a misspelt field ("horizonDay") would otherwise run silently on
// defaults, since zod objects drop keys they do not know. This lists those keys by path.

/** A key the schema does not know, where it is, and the known key it is probably a typo of. */
export interface UnknownField {
  path: Array<string | number>;
  suggestion?: string;
}

/** Edits (insert, delete, replace) between two short keys. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length];
}

const closest = (key: string, known: readonly string[]) =>
  known
    .map((k) => ({ k, d: editDistance(key, k) }))
    .filter(({ d }) => d <= 2)
    .sort((x, y) => x.d - y.d)[0]?.k;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every key of `value` that `schema` would drop, walking objects, records, arrays and tagged unions. */
export function unknownFields(
  schema: z.ZodType,
  value: unknown,
  path: Array<string | number> = [],
): UnknownField[] {
  if (
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable
  )
    return unknownFields(schema.unwrap() as z.ZodType, value, path);
  if (schema instanceof z.ZodPipe) return unknownFields(schema.in as z.ZodType, value, path);
  if (schema instanceof z.ZodArray && Array.isArray(value))
    return value.flatMap((v, i) => unknownFields(schema.element as z.ZodType, v, [...path, i]));
  if (schema instanceof z.ZodRecord && isRecord(value))
    return Object.entries(value).flatMap(([k, v]) =>
      unknownFields(schema.valueType as z.ZodType, v, [...path, k]),
    );
  if (schema instanceof z.ZodDiscriminatedUnion && isRecord(value)) {
    const tag = schema.def.discriminator;
    const option = (schema.options as z.ZodType[]).find(
      (o) => o instanceof z.ZodObject && o.shape[tag]?.safeParse(value[tag]).success,
    );
    return option ? unknownFields(option, value, path) : [];
  }
  if (schema instanceof z.ZodObject && isRecord(value)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const known = Object.keys(shape);
    return Object.entries(value).flatMap(([k, v]) =>
      Object.hasOwn(shape, k)
        ? unknownFields(shape[k], v, [...path, k])
        : [{ path: [...path, k], suggestion: closest(k, known) }],
    );
  }
  return [];
}

/**
 * The schema refusing unknown keys as well: one error lists each unknown key ("unknown field (did
 * you mean horizonDays?)") together with every other problem of the value.
 */
export function refusingUnknownFields<T extends z.ZodType>(
  schema: T,
  /** A fuller hint for a known mistake, by its dotted path ("population.profiles"). */
  hints: Record<string, string> = {},
) {
  return z.preprocess((raw, ctx) => {
    const unknown = unknownFields(schema, raw);
    if (unknown.length === 0) return raw;
    for (const { path, suggestion } of unknown) {
      const hint = hints[path.join('.')] ?? (suggestion && `did you mean ${suggestion}?`);
      ctx.addIssue({ code: 'custom', path, message: `unknown field${hint ? ` (${hint})` : ''}` });
    }
    // The parse stops at these issues; list the value's other problems with them.
    const other = schema.safeParse(raw);
    if (!other.success)
      for (const issue of other.error.issues)
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return raw;
  }, schema) as unknown as z.ZodType<z.output<T>, z.input<T>>;
}
