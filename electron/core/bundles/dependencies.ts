import { BundleAction, BundleScenario } from '../../../shared/bundle';
import { withoutCredentials } from '../../../shared/custom-actions/credentials';
import { customActionsUsed } from '../../../shared/custom-actions/usage';
import { AppError } from '../../../shared/errors';
import type { Journey } from '../../../shared/model';
import { actionsStoreOf } from '../actions/shared-store';
import type { CoreContext } from '../context';
import { listScenarios } from '../scenarios';

/** The custom Action definitions the journeys' Action steps call, without secrets; sorted by id. */
export async function bundledActions(ctx: CoreContext, journeys: readonly Journey[]): Promise<BundleAction[]> {
  const used = new Set(journeys.flatMap((j) => [...customActionsUsed(j)]));
  if (used.size === 0) return [];
  const store = await actionsStoreOf(ctx);
  const out: BundleAction[] = [];
  for (const id of [...used].sort()) {
    const def = store.find(id);
    if (!def) continue; // the importing side reports it as a missing reference
    // Secret fields and credentials live in the secrets store, not in `config`; whatever still looks
    // like one (an Action saved before that rule) is left out too: a bundle is a file people pass around.
    const parsed = BundleAction.safeParse({ id: def.id, name: def.name, module: def.module, config: withoutCredentials(def.config) });
    if (!parsed.success) throw new AppError('invalid_input', `The Action "${def.name}" cannot travel in a bundle (${parsed.error.issues[0]?.message})`, 'ids');
    out.push(parsed.data);
  }
  return out;
}

/** The saved scenarios of the journeys, sorted by journey id then save order. */
export async function bundledScenarios(ctx: CoreContext, journeys: readonly Journey[]): Promise<BundleScenario[]> {
  const out: BundleScenario[] = [];
  for (const journey of [...journeys].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const scenario of await listScenarios(ctx.dataDir, journey.id)) {
      out.push(BundleScenario.parse({ journeyId: journey.id, name: scenario.name, scenario }));
    }
  }
  return out;
}
