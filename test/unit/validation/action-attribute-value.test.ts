import { describe, expect, it } from 'vitest';
import { problemsByField } from '../../../renderer/features/action-form/field-errors';
import {
  ACTION_VALUE_UNFIT,
  CRITERION_VALUE_UNFIT,
  hasErrors,
  validateJourney,
} from '../../../shared/validation';
import type { Criterion } from '../../../shared/model';
import { action } from '../helpers/journey-builder';
import { makeWorkspace } from '../helpers/workspace-builder';
import { accountJourney, splitJourney } from './fixtures';

const ws = makeWorkspace({
  accountAttributes: [
    { key: 'employees', label: 'Number of employees', type: 'number' },
    { key: 'renewal', label: 'Renewal date', type: 'date' },
    { key: 'tier', label: 'Account tier', type: 'string' },
  ],
});

const change = (attribute: string, value: string) =>
  accountJourney([
    action('set', 'account-change-data-value', { attribute, value }, { scope: 'account' }),
  ]);
const unfitOf = (j: ReturnType<typeof change>) =>
  validateJourney(j, ws).filter((p) => p.code === ACTION_VALUE_UNFIT);

describe("a Change Data Value's new value against its attribute's type (issue #19)", () => {
  it('refuses text for a number attribute under New value, in the words of a split criterion', () => {
    const j = change('employees', 'lots');
    const problems = validateJourney(j, ws);
    expect(unfitOf(j)).toEqual([
      {
        code: ACTION_VALUE_UNFIT,
        severity: 'error',
        nodeId: 'set',
        field: 'params.value',
        message: '"Number of employees" is a number attribute; "lots" is not a number',
      },
    ]);
    expect(hasErrors(problems)).toBe(true);
    // One check: a split criterion with the same value says the same words.
    const criterion = {
      scope: 'account',
      attribute: 'employees',
      operator: 'equals',
      value: 'lots',
    };
    const split = validateJourney(splitJourney('accounts', [criterion as Criterion]), ws);
    expect(split.find((p) => p.code === CRITERION_VALUE_UNFIT)?.message).toBe(
      `Path "Big ones": ${unfitOf(j)[0].message}`,
    );
    // The field shows the message the Problems list shows.
    expect(problemsByField(problems, 'set')['params.value']).toBe(unfitOf(j)[0].message);
  });

  it('refuses a date attribute value that is not a date', () => {
    expect(unfitOf(change('renewal', 'next spring'))[0].message).toBe(
      '"Renewal date" is a date attribute; "next spring" is not a date (year-month-day, e.g. 2026-03-31)',
    );
  });

  it('accepts fitting values, text attributes and Liquid (known only when the step runs)', () => {
    expect(unfitOf(change('employees', '250'))).toEqual([]);
    expect(unfitOf(change('renewal', '2026-03-31'))).toEqual([]);
    expect(unfitOf(change('tier', 'lots'))).toEqual([]);
    expect(unfitOf(change('employees', '{{ account.size }}'))).toEqual([]);
  });
});
