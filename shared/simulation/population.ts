import { z } from 'zod';

/** A scalar cell value, as a CSV row or a categorical distribution holds it. */
export const ScalarValue = z.union([
  z.string().max(1_000),
  z.number().finite(),
  z.boolean(),
  z.null(),
]);
export type ScalarValue = z.infer<typeof ScalarValue>;

const AttributeKey = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Use letters, digits and _ only');

/** A calendar day, "2026-03-01". */
const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD')
  // Round trip: Date.parse rolls "2026-02-30" over into March rather than refusing it.
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'Not a calendar date');

/** How one synthetic attribute is drawn. */
export const Distribution = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('categorical'),
    values: z
      .array(
        z.object({ value: ScalarValue, weight: z.number().min(0, 'must be 0 or more').finite() }),
      )
      .min(1)
      .max(1_000),
  }),
  z.object({
    kind: z.literal('uniform'),
    min: z.number().finite(),
    max: z.number().finite(),
    integer: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('normal'),
    mean: z.number().finite(),
    stdDev: z.number().min(0).finite(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    integer: z.boolean().default(false),
  }),
  // Days drawn evenly from `from` to `to` (both included), as date attributes hold them.
  z
    .object({
      kind: z.literal('dates'),
      from: IsoDay,
      to: IsoDay,
    })
    .refine((d) => d.from <= d.to, { message: 'from must not be after to', path: ['to'] }),
]);
export type Distribution = z.infer<typeof Distribution>;

export const Distributions = z.record(AttributeKey, Distribution);

/** What makes a distribution meaningless to draw from: [path inside it, message]. */
export function distributionProblems(d: Distribution): [string, string][] {
  if (d.kind === 'categorical')
    return d.values.length > 0 && d.values.every((v) => v.weight === 0)
      ? [['values', 'at least one weight must be above 0']]
      : [];
  if (d.kind === 'dates') return []; // its schema already refuses a range that runs backwards
  if (d.min !== undefined && d.max !== undefined && d.min > d.max)
    return [['min', `must not be above max (${d.max})`]];
  return [];
}

/** Generated accounts, each with a random number of people. */
export const SyntheticPopulation = z.object({
  kind: z.literal('synthetic'),
  accounts: z.number().int().min(0),
  peoplePerAccount: z
    .object({ min: z.number().int().min(0), max: z.number().int().min(0) })
    .refine((r) => r.min <= r.max, 'min must not exceed max')
    .default({ min: 1, max: 1 }),
  accountAttributes: Distributions.default({}),
  personAttributes: Distributions.default({}),
});
export type SyntheticPopulation = z.infer<typeof SyntheticPopulation>;

/**
 * Imported rows (already parsed, e.g. by papaparse). Each row is a person; rows sharing the
 * `accountKey` column belong to one account (without it every row is its own account).
 * Account-scope criteria read the account's first row; `accountColumns` documents which columns are account-level.
 */
export const CsvPopulation = z.object({
  kind: z.literal('csv'),
  rows: z.array(z.record(z.string(), ScalarValue)),
  accountKey: z.string().nullable().default(null),
  accountColumns: z.array(z.string()).max(500).default([]),
});
export type CsvPopulation = z.infer<typeof CsvPopulation>;

export const Population = z.discriminatedUnion('kind', [SyntheticPopulation, CsvPopulation]);
export type Population = z.infer<typeof Population>;
