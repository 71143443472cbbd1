import {
  BundleJourney,
  BundleReferences,
  journeyReferences,
  pickReferences,
  canonicalJson,
  type BundleContent,
} from '../../../shared/bundle';
import { AppError } from '../../../shared/errors';
import { referenceWarnings } from '../../../shared/simulation/reference-warnings';
import { UNKNOWN_REFERENCE } from '../../../shared/validation/codes';
import type { Journey, Workspace } from '../../../shared/model';
import type { CoreContext } from '../context';
import { encodeBundle, type BundleStamp } from './codec';
import { bundledActions, bundledScenarios } from './dependencies';

export interface ExportOptions {
  ids: readonly string[];
  /** Every published version of each journey's lineage, not just the named ones. */
  includeVersions: boolean;
  /** Pinned by tests; else the context clock. Equal input and time give equal bytes. */
  createdAt?: string;
}

/** A file name from a journey name: lowercase words joined by dashes. */
export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'journey'
  );
}

/** Only published journeys travel: a Draft is still being designed here. */
function assertPublished(journey: Journey): void {
  if (journey.status === 'Draft') {
    throw new AppError(
      'forbidden',
      `"${journey.name}" is a Draft; only published journeys can be exported. Publish it first.`,
      'ids',
    );
  }
}

/** The journeys an export names, with their lineages' published versions when asked; sorted by id. */
export async function journeysToExport(
  ctx: CoreContext,
  ids: readonly string[],
  includeVersions: boolean,
): Promise<Journey[]> {
  const chosen = new Map<string, Journey>();
  for (const id of ids) {
    const journey = await ctx.store.get(id);
    assertPublished(journey);
    chosen.set(id, journey);
  }
  if (includeVersions) {
    const lineages = new Set([...chosen.values()].map((j) => j.lineageId));
    for (const summary of ctx.store.list()) {
      if (
        lineages.has(summary.lineageId) &&
        summary.status !== 'Draft' &&
        !chosen.has(summary.id)
      ) {
        chosen.set(summary.id, await ctx.store.get(summary.id));
      }
    }
  }
  return [...chosen.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The bundle content for some journeys: them and the reference data they use (Actions and scenarios are added by `exportBundle`). */
export function bundleContentOf(journeys: Journey[], workspace: Workspace): BundleContent {
  const refs = journeys.flatMap(journeyReferences);
  const parsed = journeys.map((j) => {
    const safe = BundleJourney.safeParse(j);
    if (!safe.success)
      throw new AppError(
        'invalid_input',
        `"${j.name}" has an id that cannot travel in a bundle (${safe.error.issues[0]?.message})`,
        'ids',
      );
    return safe.data;
  });
  return {
    journeys: parsed,
    references: BundleReferences.parse(pickReferences(refs, workspace)),
    actions: [],
    scenarios: [],
  };
}

/**
 * What the export should say it could not carry: an Entry whose audience or segment is not in this
 * workspace travels by its name alone, so the importing side may lack it too.
 */
export function exportWarnings(journeys: readonly Journey[], workspace: Workspace): string[] {
  return journeys.flatMap((j) =>
    referenceWarnings(j, workspace)
      .filter((w) => w.code === UNKNOWN_REFERENCE)
      .map((w) => `"${j.name}": ${w.message}; the bundle carries its name only.`),
  );
}

/** A deterministic `.journeys.zip` of the named journeys and what they depend on. */
export async function exportBundle(
  ctx: CoreContext,
  options: ExportOptions,
): Promise<{ fileName: string; bytes: Uint8Array; count: number; warnings: string[] }> {
  if (options.ids.length === 0)
    throw new AppError('invalid_input', 'Name at least one journey to export', 'ids');
  const journeys = await journeysToExport(ctx, options.ids, options.includeVersions);
  const workspace = ctx.workspace.get();
  const content = {
    ...bundleContentOf(journeys, workspace),
    actions: await bundledActions(ctx, journeys),
    scenarios: await bundledScenarios(ctx, journeys),
  };
  const packed = packBundle(journeys, content, {
    appVersion: ctx.appVersion,
    createdAt: options.createdAt ?? ctx.now().toISOString(),
    source: { workspace: workspace.name },
  });
  return { ...packed, warnings: exportWarnings(journeys, workspace) };
}

/** Encodes bundle content and names the file after the journeys (one lineage: its name). */
export function packBundle(
  journeys: readonly Journey[],
  content: BundleContent,
  stamp: BundleStamp,
): { fileName: string; bytes: Uint8Array; count: number } {
  const bytes = encodeBundle(content, stamp);
  const lineages = new Set(journeys.map((j) => j.lineageId));
  const base = lineages.size === 1 ? slug(journeys[0].name) : `journeys-${journeys.length}`;
  return { fileName: `${base}.journeys.zip`, bytes, count: journeys.length };
}

/** One journey as a plain, stable JSON file (any status: it is a document export, not a bundle). */
export async function exportJourneyJson(
  ctx: CoreContext,
  id: string,
): Promise<{ fileName: string; json: string }> {
  const journey = await ctx.store.get(id);
  return { fileName: `${slug(journey.name)}.journey.json`, json: canonicalJson(journey) };
}
