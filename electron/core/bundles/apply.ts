import { join } from 'node:path';
import type { ImportSummary } from '../../../shared/bundle';
import type { Journey, Workspace } from '../../../shared/model';
import { actionsStoreOf } from '../actions/shared-store';
import type { CoreContext } from '../context';
import { saveScenario, scenariosDir } from '../scenarios';
import { dataPaths } from '../store/data-dir';
import { clearJournal, restoreFile, snapshotFiles, writeJournal } from './journal';
import type { ImportPlan } from './plan';

/** Test seam: called before each write step (a chunk of new journeys, one overwrite, the workspace, the Actions, each scenario), so a test can make the n-th fail. */
export interface ApplyHooks {
  beforeWrite?: (step: number) => void | Promise<void>;
}

const CREATE_CHUNK = 100;

/**
 * Applies a plan all-or-nothing. Every check happened while planning; here the previous bytes of
 * every target file are kept in memory and journaled to disk, then the writes go through the
 * store. If one fails, the writes already made are undone through the store and each file is put
 * back byte for byte; if the process dies instead, the journal restores them on next start.
 * Callers run it (with the planning before it) in the core's write queue, one import at a time.
 */
export async function applyPlan(
  ctx: CoreContext,
  plan: ImportPlan,
  hooks: ApplyHooks = {},
): Promise<ImportSummary> {
  const paths = dataPaths(ctx.dataDir);
  const fileOf = (id: string) => join(paths.journeys, `${id}.json`);
  const targets = [
    ...plan.creates.map((j) => fileOf(j.id)),
    ...plan.overwrites.map((o) => fileOf(o.journey.id)),
    ...(plan.workspace ? [paths.workspace] : []),
    ...(plan.actions.creates.length + plan.actions.replaces.length
      ? [join(ctx.dataDir, 'actions.json')]
      : []),
    ...new Set(plan.scenarios.map((s) => join(scenariosDir(ctx.dataDir), `${s.journeyId}.json`))),
  ];
  if (targets.length === 0) return plan.summary;
  const previous = await snapshotFiles(targets);
  const previousJourneys = new Map<string, Journey>();
  for (const { journey } of plan.overwrites)
    previousJourneys.set(journey.id, await ctx.store.get(journey.id));
  const previousWorkspace: Workspace = ctx.workspace.get();
  await writeJournal(ctx.dataDir, previous);
  const undo: (() => Promise<unknown>)[] = [];
  let step = 0;
  try {
    // New journeys go in chunks written in parallel; each chunk is itself all or none.
    for (let i = 0; i < plan.creates.length; i += CREATE_CHUNK) {
      const chunk = plan.creates.slice(i, i + CREATE_CHUNK);
      await hooks.beforeWrite?.(step++);
      await ctx.store.createMany(chunk);
      for (const journey of chunk) undo.push(() => ctx.store.remove(journey.id));
    }
    for (const { journey, baseRevision } of plan.overwrites) {
      await hooks.beforeWrite?.(step++);
      await ctx.store.update(journey.id, baseRevision, () => journey);
      const before = previousJourneys.get(journey.id) as Journey;
      // The store bumps revisions on update, so the way back is remove + create of the old document.
      undo.push(async () => (await ctx.store.remove(journey.id), await ctx.store.create(before)));
    }
    if (plan.workspace) {
      await hooks.beforeWrite?.(step++);
      await ctx.workspace.replace(plan.workspace);
      undo.push(() => ctx.workspace.replace(previousWorkspace));
    }
    if (plan.actions.creates.length + plan.actions.replaces.length) {
      await hooks.beforeWrite?.(step++);
      const actions = await actionsStoreOf(ctx);
      for (const def of plan.actions.creates) {
        await actions.put(def);
        undo.push(() => actions.remove(def.id));
      }
      for (const { next, previous: before } of plan.actions.replaces) {
        await actions.put(next);
        undo.push(() => actions.put(before));
      }
    }
    // Scenario files have no in-memory copy: putting their bytes back below is the whole undo.
    for (const { journeyId, scenario } of plan.scenarios) {
      await hooks.beforeWrite?.(step++);
      await saveScenario(ctx.dataDir, journeyId, scenario);
    }
  } catch (error) {
    for (const step of undo.reverse()) await step();
    // Same bytes as before, not just the same content (formatting, legacy files, partial writes).
    for (const [path, bytes] of previous) await restoreFile(path, bytes);
    await ctx.store.flush();
    await clearJournal(ctx.dataDir);
    throw error;
  }
  // The store writes its index a moment after the last save; an import (and so a push) answers
  // only once that is on disk too, so whoever hears the answer sees every file it wrote, final.
  await ctx.store.flush();
  await clearJournal(ctx.dataDir);
  return plan.summary;
}
