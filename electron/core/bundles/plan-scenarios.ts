import {
  canonicalJson,
  type BundleScenario,
  type ImportPolicy,
  type ScenarioPreview,
} from '../../../shared/bundle';
import { uniqueName } from '../../../shared/journeys/names';
import type { SavedScenario } from '../../../shared/simulation';

/** Where a bundled journey lands: its own id, a copy's id, or nowhere (skipped). */
export type Landing = { kind: 'same' | 'copy'; id: string } | { kind: 'skipped' };

/** One scenario save of an import (replaces a scenario of the same name). */
export interface ScenarioSave {
  journeyId: string;
  scenario: SavedScenario;
  replaces: boolean;
}

export interface ScenariosPlan {
  saves: ScenarioSave[];
  previews: ScenarioPreview[];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Compares each bundled scenario with those saved for the same journey id here and, given a policy
 * and where each journey lands, decides the saves. A copied journey takes all its scenarios; a
 * skipped one takes none; otherwise a differing scenario of the same name follows the policy.
 */
export async function planScenarios(
  saved: (journeyId: string) => Promise<SavedScenario[]>,
  incoming: readonly BundleScenario[],
  journeyNames: ReadonlyMap<string, string>,
  policy: ImportPolicy | null,
  landing: (journeyId: string) => Landing,
): Promise<ScenariosPlan> {
  const plan: ScenariosPlan = { saves: [], previews: [] };
  const localOf = new Map<string, SavedScenario[]>();
  for (const item of incoming) {
    if (!localOf.has(item.journeyId))
      localOf.set(item.journeyId, [...(await saved(item.journeyId))]);
    const local = localOf.get(item.journeyId) as SavedScenario[];
    const scenario: SavedScenario = { ...item.scenario, name: item.name };
    const here = local.find((s) => sameName(s.name, item.name));
    const state = !here
      ? 'new'
      : canonicalJson(here) === canonicalJson(scenario)
        ? 'identical'
        : 'conflicting';
    plan.previews.push({
      journeyId: item.journeyId,
      journeyName: journeyNames.get(item.journeyId) ?? item.journeyId,
      name: item.name,
      state,
    });
    if (policy === null) continue;
    const target = landing(item.journeyId);
    if (target.kind === 'skipped') continue;
    if (target.kind === 'copy') {
      plan.saves.push({ journeyId: target.id, scenario, replaces: false });
    } else if (state === 'new') {
      plan.saves.push({ journeyId: target.id, scenario, replaces: false });
      local.push(scenario); // two bundled scenarios of one name: the second one replaces the first
    } else if (state === 'conflicting' && policy === 'overwrite') {
      plan.saves.push({ journeyId: target.id, scenario, replaces: true });
    } else if (state === 'conflicting' && policy === 'copy') {
      const name = uniqueName(
        `${item.name}_copy`,
        local.map((s) => ({ id: s.name, name: s.name })),
      );
      plan.saves.push({ journeyId: target.id, scenario: { ...scenario, name }, replaces: false });
      local.push({ ...scenario, name });
    }
  }
  return plan;
}
