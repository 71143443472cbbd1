import type { ActionDefinition } from '../../../shared/custom-actions';
import type { Journey, Workspace } from '../../../shared/model';
import type { SavedScenario } from '../../../shared/simulation';
import { actionsStoreOf } from '../actions/shared-store';
import type { CoreContext } from '../context';
import { listScenarios } from '../scenarios';

/**
 * What an import is planned against: the journeys, reference data, Actions and scenarios already
 * there. A data directory is one target, the team hub's database another; the planning is the same.
 */
export interface ImportTarget {
  /** Every journey there (id, lineage, name and version are what clashes are decided on). */
  journeys: readonly { id: string; lineageId: string; name: string; version: number }[];
  get: (id: string) => Promise<Journey | null>;
  workspace: Workspace;
  actions: readonly ActionDefinition[];
  scenarios: (journeyId: string) => Promise<SavedScenario[]>;
  /** ISO time stamped on created and replaced Actions. */
  now: string;
}

/** A data directory as an import target. */
export async function targetOf(ctx: CoreContext): Promise<ImportTarget> {
  return {
    journeys: ctx.store.list(),
    get: async (id) => (ctx.store.has(id) ? ctx.store.get(id) : null),
    workspace: ctx.workspace.get(),
    actions: (await actionsStoreOf(ctx)).list(),
    scenarios: (journeyId) => listScenarios(ctx.dataDir, journeyId),
    now: ctx.now().toISOString(),
  };
}
