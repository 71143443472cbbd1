import { simulate } from '../../electron/core/simulator';
import type { Journey } from '../../shared/model';
import type { SimulationResult } from '../../shared/simulation';
import { templateJourney } from './template-journey';

/**
 * The buying-group template, hand-countable: 1,200 accounts of exactly 3 people each (3,600
 * people), and its first step after the Entry, "Move to Interest stage", left without an action,
 * so the run skips it for every account: 1,200 accounts · 3,600 people, "no action chosen".
 */
export function skippedBuyingGroup(): { journey: Journey; result: SimulationResult } {
  const { journey: built, scenario } = templateJourney('buying-group', 'tester');
  const journey: Journey = {
    ...built,
    nodes: built.nodes.map((n) =>
      n.name === 'Move to Interest stage' && n.type === 'action'
        ? { ...n, settings: { ...n.settings, actionId: null, params: {} } }
        : n,
    ),
  };
  if (scenario.population.kind !== 'synthetic') throw new Error('expected a synthetic population');
  const population = {
    ...scenario.population,
    accounts: 1_200,
    peoplePerAccount: { min: 3, max: 3 },
  };
  return { journey, result: simulate(journey, { ...scenario, population }) };
}

export const SKIPPED_STEP = 'Move to Interest stage';
