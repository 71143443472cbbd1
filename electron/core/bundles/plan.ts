import {
  comparableJourney,
  describeReference,
  journeyChanges,
  journeyReferences,
  referenceAvailable,
  renamedReferenceNote,
  type BundlePreview,
  type ImportPolicy,
  type ImportSummary,
  type JourneyPreview,
} from '../../../shared/bundle';
import { customActionsUsed } from '../../../shared/custom-actions/usage';
import { uniqueName } from '../../../shared/journeys/names';
import { newId, type Journey, type Workspace } from '../../../shared/model';
import type { CoreContext } from '../context';
import type { DecodedBundle } from './codec';
import { targetOf, type ImportTarget } from './import-target';
import { localizeReferences } from './localize-references';
import { mergeReferences } from './merge-references';
import { planActions, type ActionsPlan } from './plan-actions';
import { planScenarios, type Landing, type ScenarioSave } from './plan-scenarios';

/** Every write an import would make, computed before any is made. */
export interface ImportPlan {
  creates: Journey[];
  /** Each with the local revision it was compared with: a save in between makes the import fail, not overwrite it. */
  overwrites: { journey: Journey; baseRevision: number }[];
  workspace: Workspace | null;
  actions: Pick<ActionsPlan, 'creates' | 'replaces'>;
  scenarios: ScenarioSave[];
  summary: ImportSummary;
}

interface Classified {
  incoming: Journey;
  preview: JourneyPreview;
  local: Journey | null;
}

/** Compares each bundled journey with the store: new, identical, or conflicting by id or by name. */
async function classify(target: ImportTarget, decoded: DecodedBundle): Promise<Classified[]> {
  const summaries = target.journeys;
  const actionIds = new Set([...target.actions, ...decoded.content.actions].map((a) => a.id));
  const workspace = target.workspace;
  const lineages = new Set([
    ...summaries.map((s) => s.lineageId),
    ...decoded.content.journeys.map((j) => j.lineageId),
  ]);
  const origin = decoded.manifest.source.workspace;
  // Lists matched by name stand for the local ones: journeys point at those (no same-name twin).
  const merged = mergeReferences(workspace, decoded.content.references, false);
  const out: Classified[] = [];
  // Lineages by normalized name (sameName's rule), so the clash check stays linear for big bundles.
  const nameKey = (name: string) => name.trim().toLocaleLowerCase();
  const names = new Map<string, Set<string>>();
  const claim = (name: string, lineageId: string) =>
    names.set(nameKey(name), (names.get(nameKey(name)) ?? new Set()).add(lineageId));
  for (const s of summaries) claim(s.name, s.lineageId);
  for (const bundled of decoded.content.journeys) {
    // Published elsewhere: remember where, unless it already names its first home.
    const incoming: Journey = localizeReferences(
      { ...bundled, origin: bundled.origin ?? origin },
      merged.remap,
      merged.next,
    );
    const local = await target.get(incoming.id);
    const nameClash = [...(names.get(nameKey(incoming.name)) ?? [])].some(
      (lineageId) => lineageId !== incoming.lineageId,
    );
    const missing = journeyReferences(incoming)
      .filter((r) => !referenceAvailable(r, [workspace, decoded.content.references], lineages))
      .map(describeReference)
      .concat(
        [...customActionsUsed(incoming)]
          .filter((id) => !actionIds.has(id))
          .map((id) => `customActions "${id}"`),
      );
    claim(incoming.name, incoming.lineageId);
    // Two people publishing "version 2" of one lineage independently: both cannot be version 2.
    const versionClash =
      !local &&
      summaries.some(
        (s) =>
          s.lineageId === incoming.lineageId &&
          s.version === incoming.version &&
          s.id !== incoming.id,
      );
    const state = local
      ? comparableJourney(local) === comparableJourney(incoming)
        ? 'identical'
        : 'conflicting'
      : nameClash || versionClash
        ? 'conflicting'
        : 'new';
    const conflict =
      state !== 'conflicting' ? null : local ? 'id' : versionClash ? 'version' : 'name';
    out.push({
      incoming,
      local,
      preview: {
        id: incoming.id,
        name: incoming.name,
        lineageId: incoming.lineageId,
        version: incoming.version,
        status: incoming.status,
        state,
        conflict,
        changes: local && state === 'conflicting' ? journeyChanges(local, incoming) : [],
        missingReferences: missing,
      },
    });
  }
  return out;
}

/** What an import would do, per journey and per reference item; writes nothing. */
export async function previewImport(
  ctx: CoreContext,
  decoded: DecodedBundle,
): Promise<BundlePreview> {
  return previewImportInto(await targetOf(ctx), decoded);
}

/** `previewImport` against any target. */
export async function previewImportInto(
  target: ImportTarget,
  decoded: DecodedBundle,
): Promise<BundlePreview> {
  const items = await classify(target, decoded);
  const refs = mergeReferences(target.workspace, decoded.content.references, false);
  const journeys = items.map((i) => i.preview);
  const count = (state: JourneyPreview['state']) =>
    journeys.filter((j) => j.state === state).length;
  const actions = planActions(target.actions, decoded.content.actions, null, target.now);
  const names = new Map(journeys.map((j) => [j.id, j.name]));
  const scenarios = await planScenarios(
    target.scenarios,
    decoded.content.scenarios,
    names,
    null,
    () => ({ kind: 'skipped' }),
  );
  return {
    formatVersion: decoded.manifest.formatVersion,
    appVersion: decoded.manifest.appVersion,
    createdAt: decoded.manifest.createdAt,
    source: decoded.manifest.source.workspace,
    journeys,
    references: refs.previews,
    actions: actions.previews,
    scenarios: scenarios.previews,
    counts: {
      new: count('new'),
      identical: count('identical'),
      conflicting: count('conflicting'),
      missingReferences: journeys.filter((j) => j.missingReferences.length).length,
    },
  };
}

/** The writes of an import under `policy`, all decided (names, copy ids) before any write. */
export async function planImport(
  ctx: CoreContext,
  decoded: DecodedBundle,
  policy: ImportPolicy,
): Promise<ImportPlan> {
  return planImportInto(await targetOf(ctx), decoded, policy);
}

/** `planImport` against any target (a data directory, the team hub's database). */
export async function planImportInto(
  target: ImportTarget,
  decoded: DecodedBundle,
  policy: ImportPolicy,
): Promise<ImportPlan> {
  const items = await classify(target, decoded);
  const taken = target.journeys.map((s) => ({ id: s.id, name: s.name }));
  const summary: ImportSummary = {
    policy,
    created: [],
    overwritten: [],
    copied: [],
    skipped: [],
    unchanged: [],
    referencesAdded: 0,
    referencesReplaced: 0,
    referencesNamedHere: [],
    actionsAdded: 0,
    actionsReplaced: 0,
    scenariosAdded: 0,
    scenariosReplaced: 0,
  };
  const plan: ImportPlan = {
    creates: [],
    overwrites: [],
    workspace: null,
    actions: { creates: [], replaces: [] },
    scenarios: [],
    summary,
  };
  // A copied lineage keeps its versions together: one new lineage id and one new name per lineage.
  const copiedLineages = new Map<string, { lineageId: string; name: string }>();
  const copyOf = (j: Journey): Journey => {
    let target = copiedLineages.get(j.lineageId);
    if (!target) {
      target = { lineageId: newId(), name: uniqueName(`${j.name}_copy`, taken) };
      copiedLineages.set(j.lineageId, target);
      taken.push({ id: target.lineageId, name: target.name });
    }
    return { ...j, id: newId(), lineageId: target.lineageId, name: target.name };
  };
  for (const { incoming, preview, local } of items) {
    if (preview.state === 'identical') summary.unchanged.push(incoming.id);
    else if (preview.state === 'new') {
      plan.creates.push(incoming);
      summary.created.push(incoming.id);
    } else if (policy === 'skip') summary.skipped.push(incoming.id);
    else if (policy === 'overwrite' && preview.conflict === 'id' && local) {
      plan.overwrites.push({ journey: incoming, baseRevision: local.revision });
      summary.overwritten.push(incoming.id);
    } else {
      // A copy, or an "overwrite" of a name that belongs to another journey (nothing of ours to replace).
      const copy = copyOf(incoming);
      plan.creates.push(copy);
      summary.copied.push({ from: incoming.id, id: copy.id, name: copy.name });
    }
  }
  const refs = mergeReferences(
    target.workspace,
    decoded.content.references,
    policy === 'overwrite',
  );
  if (refs.changed) plan.workspace = refs.next;
  summary.referencesAdded = refs.added;
  summary.referencesReplaced = refs.replaced;
  summary.referencesNamedHere = refs.previews.flatMap((r) => renamedReferenceNote(r) ?? []);
  plan.actions = planActions(target.actions, decoded.content.actions, policy, target.now);
  summary.actionsAdded = plan.actions.creates.length;
  summary.actionsReplaced = plan.actions.replaces.length;
  const copies = new Map(summary.copied.map((c) => [c.from, c.id]));
  const skipped = new Set(summary.skipped);
  const landing = (id: string): Landing =>
    copies.has(id)
      ? { kind: 'copy', id: copies.get(id) as string }
      : skipped.has(id)
        ? { kind: 'skipped' }
        : { kind: 'same', id };
  const names = new Map(items.map((i) => [i.incoming.id, i.incoming.name]));
  plan.scenarios = (
    await planScenarios(target.scenarios, decoded.content.scenarios, names, policy, landing)
  ).saves;
  summary.scenariosAdded = plan.scenarios.filter((s) => !s.replaces).length;
  summary.scenariosReplaced = plan.scenarios.filter((s) => s.replaces).length;
  return plan;
}
