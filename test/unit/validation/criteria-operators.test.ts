import { describe, expect, it } from 'vitest';
import {
  blankCriterion,
  withAttribute,
} from '../../../renderer/features/action-form/criteria-edit';
import { operatorFits, OPERATORS_BY_TYPE, type Criterion } from '../../../shared/model';
import { CRITERION_OPERATOR_UNFIT, validateJourney } from '../../../shared/validation';
import { action, edge, entry, exit, makeJourney } from '../helpers/journey-builder';
import { makeWorkspace } from '../helpers/workspace-builder';
import { splitJourney } from './fixtures';

const ws = makeWorkspace({
  accountAttributes: [
    { key: 'industry', label: 'Industry', type: 'string' },
    { key: 'employees', label: 'Employees', type: 'number' },
    { key: 'renewal', label: 'Renewal date', type: 'date' },
    { key: 'active', label: 'Active customer', type: 'boolean' },
  ],
});

const crit = (attribute: string, operator: Criterion['operator'], value = ''): Criterion => ({
  scope: 'account',
  attribute,
  operator,
  value,
});

const unfit = (j: ReturnType<typeof makeJourney>) =>
  validateJourney(j, ws).filter((p) => p.code === CRITERION_OPERATOR_UNFIT);

describe('criteria operators by attribute type', () => {
  it('offers text, number, date and true/false operators in the words of each type', () => {
    const words = (t: keyof typeof OPERATORS_BY_TYPE) => OPERATORS_BY_TYPE[t].map((o) => o.label);
    expect(words('string')).toEqual(['is', 'is not', 'contains', 'is empty', 'is not empty']);
    expect(words('number')).toContain('is greater than');
    expect(words('string')).not.toContain('is greater than');
    expect(words('date')).toEqual(['is on', 'is before', 'is after', 'is empty', 'is not empty']);
    expect(words('boolean')).toEqual(['is true', 'is false', 'is empty']);
  });

  it('is an error naming the attribute when a split path compares text as a number', () => {
    const problems = unfit(splitJourney('accounts', [crit('industry', 'greaterThan', '5')]));
    expect(problems).toEqual([
      {
        nodeId: 's',
        field: 'paths.p1.criteria.0',
        severity: 'error',
        code: CRITERION_OPERATOR_UNFIT,
        message:
          'Path "Big ones": "Industry" is a text attribute; "is greater than" does not apply to it',
      },
    ]);
  });

  it('names the type and the operator for each unfitting pair, and passes fitting ones', () => {
    const messages = unfit(
      splitJourney('accounts', [
        crit('active', 'contains', 'y'),
        crit('renewal', 'contains', '2026'),
        crit('employees', 'isTrue'),
      ]),
    ).map((p) => p.message);
    expect(messages).toEqual([
      'Path "Big ones": "Active customer" is a true/false attribute; "contains" does not apply to it',
      'Path "Big ones": "Renewal date" is a date attribute; "contains" does not apply to it',
      'Path "Big ones": "Employees" is a number attribute; "is true" does not apply to it',
    ]);
    const fitting = splitJourney('accounts', [
      crit('industry', 'contains', 'Soft'),
      crit('employees', 'greaterThan', '500'),
      crit('renewal', 'lessThan', '2026-06-01'),
      crit('active', 'isTrue'),
    ]);
    expect(unfit(fitting)).toEqual([]);
    // "is true" needs no value: the criterion is complete.
    expect(validateJourney(fitting, ws).filter((p) => p.nodeId === 's')).toEqual([]);
  });

  it('flags "Apply to which contacts" criteria under their row, as an error', () => {
    const step = action(
      'mail',
      'send-email',
      { source: 'new' },
      {
        scope: 'people',
        applyTo: { mode: 'matching', match: 'all', criteria: [crit('industry', 'lessThan', '3')] },
      },
    );
    const nodes = [entry(), step, exit()];
    const j = makeJourney(
      { nodes, edges: [edge('entry', 'mail'), edge('mail', 'exit')] },
      { audience: 'account' },
    );
    expect(unfit(j)).toMatchObject([
      {
        field: 'applyTo.criteria.0',
        severity: 'error',
        message:
          'Apply to which contacts, criterion 1: "Industry" is a text attribute; "is less than" does not apply to it',
      },
    ]);
  });

  it('resets an unfitting operator when another type of attribute is chosen, keeping a fitting one', () => {
    const row = crit('employees', 'greaterThan', '500');
    expect(withAttribute(ws, row, { scope: 'account', attribute: 'industry' })).toEqual({
      scope: 'account',
      attribute: 'industry',
      operator: 'equals',
      value: '500',
    });
    expect(withAttribute(ws, row, { scope: 'account', attribute: 'active' })).toEqual({
      scope: 'account',
      attribute: 'active',
      operator: 'isTrue',
      value: '',
    });
    expect(
      withAttribute(ws, crit('industry', 'notEquals', 'x'), {
        scope: 'account',
        attribute: 'employees',
      }),
    ).toEqual({
      scope: 'account',
      attribute: 'employees',
    });
    expect(operatorFits('date', 'greaterThan')).toBe(true);
  });

  it('starts a new row on an operator its first attribute offers', () => {
    const bools = makeWorkspace({
      accountAttributes: [{ key: 'active', label: 'Active customer', type: 'boolean' }],
    });
    expect(blankCriterion(bools, 'account', 'accounts').operator).toBe('isTrue');
  });
});
