import { z } from 'zod';
import { JourneyStatus } from '../model';

/** What to do with an item that conflicts with a local one. */
export const ImportPolicy = z.enum(['skip', 'overwrite', 'copy']);
export type ImportPolicy = z.infer<typeof ImportPolicy>;

/** How a bundle item compares with this store. */
export const ItemState = z.enum(['new', 'identical', 'conflicting']);
export type ItemState = z.infer<typeof ItemState>;

/** One field that would change, as short display strings. */
export const FieldChange = z.object({ field: z.string(), before: z.string(), after: z.string() });
export type FieldChange = z.infer<typeof FieldChange>;

/** One journey of the bundle against the store. */
export const JourneyPreview = z.object({
  id: z.string(),
  name: z.string(),
  lineageId: z.string(),
  version: z.number().int(),
  status: JourneyStatus,
  state: ItemState,
  /**
   * `id`: a local journey with this id differs; `name`: another local journey has this name;
   * `version`: another journey of the same lineage (another id) already is this version.
   */
  conflict: z.enum(['id', 'name', 'version']).nullable(),
  changes: z.array(FieldChange),
  /** References neither this workspace nor the bundle can satisfy. */
  missingReferences: z.array(z.string()),
});
export type JourneyPreview = z.infer<typeof JourneyPreview>;

/** One workspace reference item the bundle carries. */
export const ReferencePreview = z.object({
  collection: z.string(),
  key: z.string(),
  label: z.string(),
  state: ItemState,
  /**
   * The name this workspace gives the same item (same id) when the bundle names it otherwise (renamed
   * where it was exported): the local item stays as it is, and journeys use it.
   */
  localLabel: z.string().nullable().default(null),
});
export type ReferencePreview = z.infer<typeof ReferencePreview>;

/** One custom Action definition of the bundle against this workspace's Actions. */
export const ActionPreview = z.object({
  id: z.string(),
  name: z.string(),
  module: z.string(),
  state: ItemState,
  /** `id`: the local Action with this id differs; `name`: another local Action has this name. */
  conflict: z.enum(['id', 'name']).nullable(),
  changes: z.array(FieldChange),
  /** Secret fields a bundle never carries: set them again on the Actions tab after import. */
  secretsToSet: z.array(z.string()),
});
export type ActionPreview = z.infer<typeof ActionPreview>;

/** One saved scenario of a bundled journey against the scenarios saved here. */
export const ScenarioPreview = z.object({
  journeyId: z.string(),
  journeyName: z.string(),
  name: z.string(),
  state: ItemState,
});
export type ScenarioPreview = z.infer<typeof ScenarioPreview>;

/** What an import would do, before anything is written. */
export const BundlePreview = z.object({
  formatVersion: z.number().int(),
  appVersion: z.string(),
  createdAt: z.string(),
  source: z.string(),
  journeys: z.array(JourneyPreview),
  references: z.array(ReferencePreview),
  actions: z.array(ActionPreview).default([]),
  scenarios: z.array(ScenarioPreview).default([]),
  counts: z.object({
    new: z.number().int(),
    identical: z.number().int(),
    conflicting: z.number().int(),
    missingReferences: z.number().int(),
  }),
});
export type BundlePreview = z.infer<typeof BundlePreview>;

/** What an applied import did. */
export const ImportSummary = z.object({
  policy: ImportPolicy,
  created: z.array(z.string()),
  overwritten: z.array(z.string()),
  copied: z.array(z.object({ from: z.string(), id: z.string(), name: z.string() })),
  skipped: z.array(z.string()),
  unchanged: z.array(z.string()),
  referencesAdded: z.number().int(),
  referencesReplaced: z.number().int(),
  /** Items this workspace names otherwise, kept as they are here (`renamedReferenceNote`). */
  referencesNamedHere: z.array(z.string()).default([]),
  actionsAdded: z.number().int().default(0),
  actionsReplaced: z.number().int().default(0),
  scenariosAdded: z.number().int().default(0),
  scenariosReplaced: z.number().int().default(0),
});
export type ImportSummary = z.infer<typeof ImportSummary>;
