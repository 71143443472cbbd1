import { BundleAction, BundleScenario } from '../../../shared/bundle';
import { withoutCredentials } from '../../../shared/custom-actions/credentials';
import { customActionsUsed } from '../../../shared/custom-actions/usage';
import { AppError } from '../../../shared/errors';
import type { ActionDefinition } from '../../../shared/custom-actions';
import type { Journey } from '../../../shared/model';
import type { SavedScenario } from '../../../shared/simulation';
import { actionsStoreOf } from '../actions/shared-store';
import type { CoreContext } from '../context';
import { listScenarios } from '../scenarios';

/** An Action definition as far as a bundle cares (a hub keeps no secrets at all). */
type ActionLike = Pick<ActionDefinition, 'id' | 'name' | 'module' | 'config'>;

/** The custom Action definitions the journeys' Action steps call, without secrets; sorted by id. */
export async function bundledActions(
  ctx: CoreContext,
  journeys: readonly Journey[],
): Promise<BundleAction[]> {
  if (!journeys.some((j) => customActionsUsed(j).size > 0)) return [];
  const store = await actionsStoreOf(ctx);
  return actionsForBundle((id) => store.find(id), journeys);
}

/** `bundledActions` over any lookup of definitions. */
export function actionsForBundle(
  find: (id: string) => ActionLike | undefined,
  journeys: readonly Journey[],
): BundleAction[] {
  const used = new Set(journeys.flatMap((j) => [...customActionsUsed(j)]));
  const out: BundleAction[] = [];
  for (const id of [...used].sort()) {
    const def = find(id);
    if (!def) continue; // the importing side reports it as a missing reference
    // Secret fields and credentials live in the secrets store, not in `config`; whatever still looks
    // like one (an Action saved before that rule) is left out too: a bundle is a file people pass around.
    const parsed = BundleAction.safeParse({
      id: def.id,
      name: def.name,
      module: def.module,
      config: withoutCredentials(def.config),
    });
    if (!parsed.success)
      throw new AppError(
        'invalid_input',
        `The Action "${def.name}" cannot travel in a bundle (${parsed.error.issues[0]?.message})`,
        'ids',
      );
    out.push(parsed.data);
  }
  return out;
}

/** The saved scenarios of the journeys, sorted by journey id then save order. */
export function bundledScenarios(
  ctx: CoreContext,
  journeys: readonly Journey[],
): Promise<BundleScenario[]> {
  return scenariosForBundle((journeyId) => listScenarios(ctx.dataDir, journeyId), journeys);
}

/** `bundledScenarios` over any source of saved scenarios. */
export async function scenariosForBundle(
  saved: (journeyId: string) => Promise<SavedScenario[]>,
  journeys: readonly Journey[],
): Promise<BundleScenario[]> {
  const out: BundleScenario[] = [];
  for (const journey of [...journeys].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const scenario of await saved(journey.id)) {
      out.push(BundleScenario.parse({ journeyId: journey.id, name: scenario.name, scenario }));
    }
  }
  return out;
}
