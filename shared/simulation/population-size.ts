import type { Journey } from '../model';
import { SIMULATION_LIMITS, peopleLimitMessage } from './limits';

/** The scenario form's labels of the three numbers that size a synthetic population. */
export const POPULATION_SIZE_LABELS = {
  accounts: 'Accounts',
  min: 'People per account, min',
  max: 'People per account, max',
} as const;
export type PopulationSizeField = keyof typeof POPULATION_SIZE_LABELS;

/** Accounts and the range of people each one gets. */
export interface PopulationSize {
  accounts: number;
  min: number;
  max: number;
}

/** A problem between the size fields: what to say and every field that takes part in it. */
export interface PopulationSizeProblem {
  fields: PopulationSizeField[];
  message: string;
}

/** Whether an account journey divides accounts by their people somewhere (a split by people). */
export function splitsAccountsByPeople(journey: Journey): boolean {
  return (
    journey.audience === 'account' &&
    journey.nodes.some((n) => n.type === 'split' && n.settings.splitBy === 'people')
  );
}

const L = POPULATION_SIZE_LABELS;

/**
 * The first rule the size fields break together, naming the fields: a min above the max, more
 * people than the simulator takes, or accounts without people where a split by people needs some.
 * A field left out (its own text refused) takes no part, so the others are still checked.
 */
export function populationSizeProblem(
  size: Partial<PopulationSize>,
  splitByPeople: boolean,
): PopulationSizeProblem | null {
  const { accounts, min, max } = size;
  if (max === undefined) return null;
  if (min !== undefined && min > max)
    return {
      fields: ['min', 'max'],
      message: `${L.min} (${min.toLocaleString('en-US')}) is more than ${L.max} (${max.toLocaleString('en-US')})`,
    };
  if (accounts !== undefined && accounts * max > SIMULATION_LIMITS.maxPeople)
    return { fields: ['accounts', 'max'], message: peopleLimitMessage(accounts, max) };
  if (splitByPeople && max === 0)
    return {
      fields: ['min', 'max'],
      message: `${L.max} is 0, but the journey splits accounts by people: give each account at least one person`,
    };
  return null;
}
