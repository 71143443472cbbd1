import { describe, expect, it } from 'vitest';
import {
  addCriterion,
  attributeRef,
  attributeScopes,
  blankCriterion,
  parseAttributeRef,
  removeCriterion,
  setMode,
  updateCriterion,
} from '../../../renderer/features/action-form/criteria-edit';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';
import { ApplyTo, type Criterion } from '../../../shared/model';

const ws = demoWorkspace('tester');
const row: Criterion = {
  scope: 'person',
  attribute: 'jobTitle',
  operator: 'contains',
  value: 'Director',
};

describe('criteria editing', () => {
  it('offers account and person attributes in account journeys, person attributes in people journeys', () => {
    expect(attributeScopes('account')).toEqual(['account', 'person']);
    expect(attributeScopes('people')).toEqual(['person']);
    expect(blankCriterion(ws, 'people')).toEqual({
      scope: 'person',
      attribute: 'firstName',
      operator: 'equals',
      value: '',
    });
    expect(blankCriterion(ws, 'account').scope).toBe('account');
  });

  it('starts a row of a split by people on a person attribute, of a split by accounts on an account one', () => {
    // Demo workspace: the first person attribute is First name, the first account one Account name.
    expect(blankCriterion(ws, 'account', 'people')).toMatchObject({
      scope: 'person',
      attribute: 'firstName',
    });
    expect(blankCriterion(ws, 'account', 'accounts')).toMatchObject({
      scope: 'account',
      attribute: 'name',
    });
    expect(blankCriterion(ws, 'people', 'people').scope).toBe('person');
  });

  it('round-trips an attribute reference through the select value', () => {
    expect(parseAttributeRef(attributeRef(row))).toEqual({
      scope: 'person',
      attribute: 'jobTitle',
    });
    expect(attributeRef({ scope: 'account', attribute: '' })).toBe('');
  });

  it('adds, updates and removes rows without touching the others', () => {
    const two = addCriterion([row], blankCriterion(ws, 'people'));
    expect(two).toHaveLength(2);
    const edited = updateCriterion(two, 1, { value: 'Alex' });
    expect(edited[1].value).toBe('Alex');
    expect(edited[0]).toBe(two[0]);
    expect(removeCriterion(edited, 0)).toEqual([edited[1]]);
  });

  it('drops the value when the operator takes none', () => {
    expect(updateCriterion([row], 0, { operator: 'isEmpty' })[0]).toMatchObject({
      operator: 'isEmpty',
      value: '',
    });
  });

  it('switches between All contacts and Contacts matching criteria, producing valid ApplyTo', () => {
    const matching = setMode({ mode: 'all' }, 'matching', [row]);
    expect(matching).toEqual({ mode: 'matching', match: 'all', criteria: [row] });
    expect(ApplyTo.safeParse(matching).success).toBe(true);
    expect(setMode(matching, 'all')).toEqual({ mode: 'all' });
    expect(setMode(matching, 'matching')).toBe(matching);
  });
});
