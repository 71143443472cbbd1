import { z } from 'zod';
import { IsoDateTime } from '../model/common';
import { Population, ScalarValue } from './population';

const Probability = z.number().min(0).max(1);
type Json = ScalarValue | Json[] | { [key: string]: Json };
/** Any JSON value (a mocked action result). */
export const JsonValue: z.ZodType<Json> = z.lazy(() =>
  z.union([ScalarValue, z.array(JsonValue), z.record(z.string(), JsonValue)]),
);

export const EntryPattern = z.discriminatedUnion('pattern', [
  z.object({ pattern: z.literal('allAtStart') }),
  z.object({ pattern: z.literal('perDay'), perDay: z.number().int().min(1).max(5_000_000) }),
]);
export type EntryPattern = z.infer<typeof EntryPattern>;

/** Probabilities that drive sends and Wait for event nodes. */
export const Behaviour = z.object({
  emailOpen: Probability.default(0.2),
  emailClick: Probability.default(0.03),
  smsClick: Probability.default(0.05),
  /** Per event name: the chance it happens within a Wait for event window. */
  eventProbability: z.record(z.string(), Probability).default({}),
  defaultEventProbability: Probability.default(0.1),
});
export type Behaviour = z.infer<typeof Behaviour>;

/** What a custom Action step returns in simulation; the simulator never calls endpoints. */
export const MockResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), value: JsonValue }),
  z.object({
    kind: z.literal('pickFrom'),
    options: z
      .array(z.object({ value: JsonValue, weight: z.number().min(0).finite() }))
      .min(1)
      .max(1_000),
  }),
  /** Rendered per profile with `account`, `person` and `journey` in scope; JSON output is parsed. */
  z.object({ kind: z.literal('template'), template: z.string().max(10_000) }),
]);
export type MockResult = z.infer<typeof MockResult>;

/**
 * Rehearse closing or aborting the journey mid-run, or a new version taking over (soft stop).
 * Days are numbered from 1 like the replay, and each takes effect at the start of its day (0 is
 * read as 1, the start of the run): closed on day 4 admits the arrivals of days 1–3 only.
 */
export const Lifecycle = z.object({
  /** Closed to new entries from the start of this day: its arrivals are not admitted. */
  closeAtDay: z.number().min(0).optional(),
  /** Aborted at the start of this day: every journey in flight ends then. */
  abortAtDay: z.number().min(0).optional(),
  /** Admits arrivals from the start of this day on: the new version's side of a soft stop. */
  openAtDay: z.number().min(0).optional(),
});
export type Lifecycle = z.infer<typeof Lifecycle>;

export const Scenario = z.object({
  schemaVersion: z.literal(1),
  name: z.string().trim().min(1).max(100),
  /** Virtual day 0; `until` waits are measured from it. */
  startDate: IsoDateTime.default('2025-01-01T00:00:00Z'),
  population: Population,
  entry: EntryPattern.default({ pattern: 'allAtStart' }),
  behaviour: Behaviour.default({
    emailOpen: 0.2,
    emailClick: 0.03,
    smsClick: 0.05,
    eventProbability: {},
    defaultEventProbability: 0.1,
  }),
  mockResults: z.record(z.string(), MockResult).default({}),
  horizonDays: z.number().int().min(1).max(3_650),
  seed: z.number().int(),
  loopLimit: z.number().int().min(1).max(10_000).default(20),
  lifecycle: Lifecycle.default({}),
  /** How many of the first profiles get a step-by-step trace. */
  traceProfiles: z.number().int().min(0).max(1_000).default(10),
});
export type Scenario = z.infer<typeof Scenario>;
/** A scenario as written by hand: defaults may be left out. */
export type ScenarioInput = z.input<typeof Scenario>;
