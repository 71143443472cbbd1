import { z } from 'zod';
import { credentialsIn } from '../custom-actions/credentials';
import {
  AccountList,
  AttributeDef,
  ExternalAudience,
  Journey,
  MarketoWorkspace,
  SolutionInterest,
} from '../model';
import { JsonValue, SavedScenario } from '../simulation';

/** Ids that become file names here and on import: letters, digits, `_` and `-` only. */
export const SafeId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,100}$/, 'id must be 1–100 letters, digits, _ or -');

/** A journey as a bundle carries it; the id becomes a file name, so it must be safe. */
export const BundleJourney = Journey.extend({ id: SafeId, lineageId: SafeId });
export type BundleJourney = z.infer<typeof BundleJourney>;

/** The workspace reference data the bundled journeys use (a subset of each collection). */
export const BundleReferences = z
  .object({
    accountAttributes: z.array(AttributeDef).max(500).default([]),
    personAttributes: z.array(AttributeDef).max(500).default([]),
    accountLists: z.array(AccountList).max(500).default([]),
    externalAudiences: z.array(ExternalAudience).max(500).default([]),
    solutionInterests: z.array(SolutionInterest).max(100).default([]),
    marketoWorkspaces: z.array(MarketoWorkspace).max(50).default([]),
    tags: z.array(z.string().min(1)).max(500).default([]),
    groups: z.array(z.string().min(1)).max(500).default([]),
    crmTaskTypes: z.array(z.string().min(1)).max(100).default([]),
    scoreNames: z.array(z.string().min(1)).max(100).default([]),
    events: z.array(z.string().min(1)).max(500).default([]),
  })
  .strict();
export type BundleReferences = z.infer<typeof BundleReferences>;
export type ReferenceCollection = keyof BundleReferences;
export const REFERENCE_COLLECTIONS = Object.keys(BundleReferences.shape) as ReferenceCollection[];

/** A custom Action definition (seed 003) without its secrets. */
export const BundleAction = z
  .object({
    id: SafeId,
    name: z.string().trim().min(1).max(200),
    module: z.string().min(1).max(100),
    config: z.record(z.string(), JsonValue),
  })
  .strict()
  .superRefine((action, ctx) => {
    // Export leaves them out (one rule: shared/custom-actions/credentials.ts); a bundle that still
    // has one was made by something else or tampered with.
    for (const part of credentialsIn(action.config))
      ctx.addIssue({
        code: 'custom',
        path: ['config', ...part.path],
        message: `a bundle never carries secrets (${part.label})`,
      });
  });
export type BundleAction = z.infer<typeof BundleAction>;

/** A saved simulation scenario of a bundled journey (with its expected figures, if any). */
export const BundleScenario = z
  .object({ journeyId: SafeId, name: z.string().trim().min(1).max(200), scenario: SavedScenario })
  .strict();
export type BundleScenario = z.infer<typeof BundleScenario>;

/** File names inside a bundle. */
export const BUNDLE_PATHS = {
  journey: (id: string) => `journeys/${id}.json`,
  references: 'workspace.json',
  actions: 'actions.json',
  scenarios: 'scenarios.json',
} as const;

/** Everything a bundle holds once read and validated. */
export interface BundleContent {
  journeys: BundleJourney[];
  references: BundleReferences;
  actions: BundleAction[];
  scenarios: BundleScenario[];
}
