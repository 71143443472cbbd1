import { z } from 'zod';

/** One condition on a profile or account attribute, as used by splits and "Apply to which contacts". */
export const Criterion = z.object({
  scope: z.enum(['account', 'person']),
  attribute: z.string().min(1, 'Select an attribute'),
  operator: z.enum([
    'equals',
    'notEquals',
    'contains',
    'greaterThan',
    'lessThan',
    'isEmpty',
    'isNotEmpty',
  ]),
  value: z.string().max(500).default(''),
});
export type Criterion = z.infer<typeof Criterion>;

/** Seed 001: "Apply to which contacts" — All contacts, or Contacts matching criteria. */
export const ApplyTo = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('all') }),
  z.object({
    mode: z.literal('matching'),
    match: z.enum(['all', 'any']).default('all'),
    criteria: z.array(Criterion).max(50),
  }),
]);
export type ApplyTo = z.infer<typeof ApplyTo>;

/**
 * Attribute scopes a criterion may test. A split by accounts tests the account; a split by people
 * or "Apply to" in an account journey tests the person and their account (the simulator reads the
 * person's account for account criteria); people journeys test people.
 */
export function criteriaScopes(
  audience: 'account' | 'people',
  splitBy?: 'accounts' | 'people',
): Criterion['scope'][] {
  if (splitBy === 'accounts') return ['account'];
  return audience === 'account' ? ['account', 'person'] : ['person'];
}
