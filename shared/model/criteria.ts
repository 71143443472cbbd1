import { z } from 'zod';
import type { AttributeDef } from './workspace';

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
    'isTrue',
    'isFalse',
  ]),
  value: z.string().max(500).default(''),
});
export type Criterion = z.infer<typeof Criterion>;

export type Operator = Criterion['operator'];
export type AttributeType = AttributeDef['type'];

/** How the UI and messages call each attribute type. */
export const ATTRIBUTE_TYPE_WORDS: Record<AttributeType, string> = {
  string: 'text',
  number: 'number',
  date: 'date',
  boolean: 'true/false',
};

/**
 * The operators each attribute type offers, in the picker's order, with their words: text is
 * matched, numbers compared, dates come before or after, true/false attributes are true or false.
 * The first is what a row starts with, and what an unfitting operator is reset to.
 */
export const OPERATORS_BY_TYPE: Record<
  AttributeType,
  readonly { value: Operator; label: string }[]
> = {
  string: [
    { value: 'equals', label: 'is' },
    { value: 'notEquals', label: 'is not' },
    { value: 'contains', label: 'contains' },
    { value: 'isEmpty', label: 'is empty' },
    { value: 'isNotEmpty', label: 'is not empty' },
  ],
  number: [
    { value: 'equals', label: 'is' },
    { value: 'notEquals', label: 'is not' },
    { value: 'greaterThan', label: 'is greater than' },
    { value: 'lessThan', label: 'is less than' },
    { value: 'isEmpty', label: 'is empty' },
    { value: 'isNotEmpty', label: 'is not empty' },
  ],
  date: [
    { value: 'equals', label: 'is on' },
    { value: 'lessThan', label: 'is before' },
    { value: 'greaterThan', label: 'is after' },
    { value: 'isEmpty', label: 'is empty' },
    { value: 'isNotEmpty', label: 'is not empty' },
  ],
  boolean: [
    { value: 'isTrue', label: 'is true' },
    { value: 'isFalse', label: 'is false' },
    { value: 'isEmpty', label: 'is empty' },
  ],
};

/** Whether an attribute of this type offers the operator. */
export function operatorFits(type: AttributeType, op: Operator): boolean {
  return OPERATORS_BY_TYPE[type].some((o) => o.value === op);
}

/** An operator's words for an attribute of this type ("is after" for a date), else its text wording. */
export function operatorLabel(op: Operator, type: AttributeType = 'string'): string {
  const all = [...OPERATORS_BY_TYPE[type], ...Object.values(OPERATORS_BY_TYPE).flat()];
  return all.find((o) => o.value === op)?.label ?? op;
}

/** Operators that compare with nothing, so the row has no value. */
export function takesValue(op: Operator): boolean {
  return op !== 'isEmpty' && op !== 'isNotEmpty' && op !== 'isTrue' && op !== 'isFalse';
}

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
 * Attribute scopes a criterion may test, the one a new row starts on first. A split by accounts
 * tests the account; a split by people tests the person first, then their account (the simulator
 * reads the person's account for account criteria); "Apply to" in an account journey offers the
 * account first, then the person; people journeys test people.
 */
export function criteriaScopes(
  audience: 'account' | 'people',
  splitBy?: 'accounts' | 'people',
): Criterion['scope'][] {
  if (splitBy === 'accounts') return ['account'];
  if (audience === 'people') return ['person'];
  return splitBy === 'people' ? ['person', 'account'] : ['account', 'person'];
}
