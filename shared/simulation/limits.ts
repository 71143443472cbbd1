import type { Scenario } from './scenario';

/** Hard ceilings that refuse absurd inputs before anything is allocated. */
export const SIMULATION_LIMITS = {
  maxProfiles: 5_000_000,
  maxPeople: 5_000_000,
  maxNodes: 5_000,
  /** (nodes + edges) × days of the daily series. */
  maxSeriesCells: 2_000_000,
} as const;

const fmt = (n: number) => n.toLocaleString('en-US');

/** Names the fields whose product overshoots the people ceiling, with the figures. */
export function peopleLimitMessage(accounts: number, maxPerAccount: number): string {
  return `Accounts × People per account, max would be ${fmt(accounts)} × ${fmt(maxPerAccount)} = ${fmt(accounts * maxPerAccount)} people; at most ${fmt(SIMULATION_LIMITS.maxPeople)} can be simulated`;
}

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

/** The first limit a run would break: what to say and which scenario field to mark. */
export interface SizeProblem {
  message: string;
  /** Path inside the scenario ("population.accounts"), or "journey" for the journey's size. */
  field: string;
}

/** The first limit the run would break, naming the field that sets it, or null when it fits. */
export function checkSimulationSize(
  scenario: Scenario,
  nodeCount: number,
  edgeCount = 0,
): SizeProblem | null {
  const accounts = maxAccountsOf(scenario);
  const people = maxPeopleOf(scenario);
  const synthetic = scenario.population.kind === 'synthetic';
  const L = SIMULATION_LIMITS;
  if (accounts > L.maxProfiles) {
    return {
      message: `The population has ${accounts.toLocaleString('en-US')} accounts; the simulator accepts at most ${L.maxProfiles.toLocaleString('en-US')}.`,
      field: synthetic ? 'population.accounts' : 'population.rows',
    };
  }
  if (people > L.maxPeople) {
    const p = scenario.population;
    return p.kind === 'synthetic'
      ? // accounts × the most people per account: the latter is the field marked.
        {
          message: `${peopleLimitMessage(p.accounts, p.peoplePerAccount.max)}.`,
          field: 'population.peoplePerAccount.max',
        }
      : {
          message: `The population has ${fmt(people)} people; the simulator accepts at most ${fmt(L.maxPeople)}.`,
          field: 'population.rows',
        };
  }
  if (nodeCount > L.maxNodes)
    return {
      message: `The journey has ${nodeCount} nodes; at most ${L.maxNodes} can be simulated.`,
      field: 'journey',
    };
  if ((nodeCount + edgeCount) * (scenario.horizonDays + 1) > L.maxSeriesCells) {
    return {
      message: `${nodeCount} nodes and ${edgeCount} paths × ${scenario.horizonDays} days is too large a time series; shorten the horizon.`,
      field: 'horizonDays',
    };
  }
  return null;
}
