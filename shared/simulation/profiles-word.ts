import type { z } from 'zod';

// A result counts what entered as `profiles` (accounts in an account journey, people in a people
// journey). A scenario may use the same word for the synthetic population's size: `profiles: N`
// is N accounts of one person each — N profiles whichever the journey's unit — and is stored as
// `accounts`. Other sizes per account need `accounts` with `peoplePerAccount`.

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const ONE_PER_ACCOUNT = (p: unknown) =>
  p === undefined || (isRecord(p) && p.min === 1 && p.max === 1);

/** Rewrites `population.profiles` into `population.accounts`; a clash is an issue naming the field. */
export function acceptProfilesWord(raw: unknown, ctx: z.RefinementCtx): unknown {
  if (!isRecord(raw) || !isRecord(raw.population) || !('profiles' in raw.population)) return raw;
  const { profiles, ...population } = raw.population;
  const path = ['population', 'profiles'];
  if (population.kind !== 'synthetic')
    ctx.addIssue({ code: 'custom', path, message: 'only a synthetic population has a size' });
  else if ('accounts' in population)
    ctx.addIssue({
      code: 'custom',
      path,
      message: 'give population.profiles or population.accounts, not both',
    });
  else if (!ONE_PER_ACCOUNT(population.peoplePerAccount))
    ctx.addIssue({
      code: 'custom',
      path,
      message:
        'counts one person per account; with peoplePerAccount give population.accounts instead',
    });
  else return { ...raw, population: { ...population, accounts: profiles } };
  return { ...raw, population };
}
