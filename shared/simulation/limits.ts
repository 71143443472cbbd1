import type { Scenario } from './scenario';

/** Hard ceilings that refuse absurd inputs before anything is allocated. */
export const SIMULATION_LIMITS = {
  maxProfiles: 5_000_000,
  maxPeople: 5_000_000,
  maxNodes: 5_000,
  /** (nodes + edges) × days of the daily series. */
  maxSeriesCells: 2_000_000,
} as const;

/** People an input may produce at most (synthetic: accounts × max people per account). */
export function maxPeopleOf(scenario: Scenario): number {
  const p = scenario.population;
  return p.kind === 'synthetic' ? p.accounts * p.peoplePerAccount.max : p.rows.length;
}

/** Accounts an input produces at most. */
export function maxAccountsOf(scenario: Scenario): number {
  const p = scenario.population;
  return p.kind === 'synthetic' ? p.accounts : p.rows.length;
}

/** A message naming the first limit the run would break, or null when it fits. */
export function checkSimulationSize(
  scenario: Scenario,
  nodeCount: number,
  edgeCount = 0,
): string | null {
  const accounts = maxAccountsOf(scenario);
  const people = maxPeopleOf(scenario);
  const L = SIMULATION_LIMITS;
  if (accounts > L.maxProfiles) {
    return `The population has ${accounts.toLocaleString('en-US')} accounts; the simulator accepts at most ${L.maxProfiles.toLocaleString('en-US')}.`;
  }
  if (people > L.maxPeople) {
    return `The population may have up to ${people.toLocaleString('en-US')} people; the simulator accepts at most ${L.maxPeople.toLocaleString('en-US')}.`;
  }
  if (nodeCount > L.maxNodes)
    return `The journey has ${nodeCount} nodes; at most ${L.maxNodes} can be simulated.`;
  if ((nodeCount + edgeCount) * (scenario.horizonDays + 1) > L.maxSeriesCells) {
    return `${nodeCount} nodes and ${edgeCount} paths × ${scenario.horizonDays} days is too large a time series; shorten the horizon.`;
  }
  return null;
}
