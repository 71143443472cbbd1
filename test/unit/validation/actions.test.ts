import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_ACTION_IN_PEOPLE_JOURNEY,
  ACTION_NOT_CHOSEN,
  ACTION_NOT_OFFERED,
  ACTION_SCOPE_MISMATCH,
  APPLY_TO_INCOMPLETE,
  BACK_TO_BACK_SENDS,
  FIELD_TOO_LONG,
  INVALID_PARAM,
  MISSING_SETTING,
  UNKNOWN_ACTION,
} from '../../../shared/validation';
import { action, content, linearJourney, wait } from '../helpers/journey-builder';
import { accountJourney, codes, validate } from './fixtures';

const status = (value: unknown) =>
  action('bg', 'update-buying-group-status', { solutionInterestId: 'si-1', status: value });

describe('action rules', () => {
  it('needs an action chosen, asking Accounts or People first in account journeys', () => {
    const [people] = validate(linearJourney([action('a', null)]));
    expect(people).toMatchObject({
      code: ACTION_NOT_CHOSEN,
      nodeId: 'a',
      field: 'actionId',
      severity: 'error',
    });
    const [account] = validate(accountJourney([action('a', null)]));
    expect(account.message).toContain('Accounts or People');
  });

  it('refuses an unknown action', () => {
    expect(codes(validate(linearJourney([action('a', 'teleport')])))).toEqual([UNKNOWN_ACTION]);
  });

  it('refuses account actions in a people journey', () => {
    const j = linearJourney([action('a', 'add-to-account-list', { listId: 'al-live' })]);
    expect(codes(validate(j))).toEqual([ACCOUNT_ACTION_IN_PEOPLE_JOURNEY]);
  });

  it('offers seed-000 people actions in account journeys but not seed-001 steps', () => {
    expect(
      validate(
        accountJourney([action('a', 'change-score', { scoreName: 'Behavior score', change: 5 })]),
      ),
    ).toEqual([]);
    expect(codes(validate(accountJourney([action('a', 'add-tag', { tag: 'vip' })])))).toEqual([
      ACTION_NOT_OFFERED,
    ]);
  });

  it('refuses a node scope that differs from the action scope', () => {
    const j = accountJourney([
      action('a', 'add-to-account-list', { listId: 'al-live' }, { scope: 'people' }),
    ]);
    expect(validate(j)).toMatchObject([{ code: ACTION_SCOPE_MISMATCH, field: 'scope' }]);
  });

  it('refuses an over-length Status (over 50 characters) naming the field', () => {
    expect(validate(accountJourney([status('x'.repeat(50))]))).toEqual([]);
    const problems = validate(accountJourney([status('x'.repeat(51))]));
    expect(problems).toEqual([
      {
        nodeId: 'bg',
        field: 'params.status',
        severity: 'error',
        code: FIELD_TOO_LONG,
        message: 'Status must be at most 50 characters',
      },
    ]);
  });

  it('refuses a wrong value type or a bad enum value', () => {
    const j = accountJourney([action('m', 'account-interesting-moment', { type: 'Phone' })]);
    expect(validate(j)).toMatchObject([{ code: INVALID_PARAM, field: 'params.type' }]);
    expect(codes(validate(accountJourney([status(12)])))).toEqual([INVALID_PARAM]);
  });

  it('reports each missing required setting as an error (it blocks Publish)', () => {
    const problems = validate(accountJourney([action('bg', 'update-buying-group-status', {})]));
    expect(problems.map((p) => [p.code, p.field, p.severity])).toEqual([
      [MISSING_SETTING, 'params.solutionInterestId', 'error'],
      [MISSING_SETTING, 'params.status', 'error'],
    ]);
    expect(problems[1].message).toContain('Status is required');
  });

  it('warns about incomplete "Apply to" criteria', () => {
    const applyTo = (
      criteria: { attribute: string; value: string; operator?: 'equals' | 'isEmpty' }[],
    ) =>
      linearJourney([
        action(
          't',
          'add-tag',
          { tag: 'vip' },
          {
            applyTo: {
              mode: 'matching',
              match: 'all',
              criteria: criteria.map((c) => ({ scope: 'person', operator: 'equals', ...c })),
            },
          },
        ),
      ]);
    expect(validate(applyTo([{ attribute: 'jobTitle', value: 'CTO' }]))).toEqual([]);
    expect(validate(applyTo([{ attribute: 'country', value: '', operator: 'isEmpty' }]))).toEqual(
      [],
    );
    // No rows: the whole field's warning. A row's gap is that row's, named by its number.
    expect(validate(applyTo([]))).toMatchObject([
      {
        code: APPLY_TO_INCOMPLETE,
        severity: 'warning',
        nodeId: 't',
        field: 'applyTo',
        message: 'Apply to which contacts: no criteria are set',
      },
    ]);
    const rows = [
      { attribute: 'jobTitle', value: 'CTO' },
      { attribute: 'jobTitle', value: '' },
      { attribute: 'shoeSize', value: '4' },
    ];
    expect(validate(applyTo(rows))).toMatchObject([
      {
        code: APPLY_TO_INCOMPLETE,
        field: 'applyTo.criteria.1',
        message: 'Apply to which contacts, criterion 2: "Job title" has no value',
      },
      {
        code: APPLY_TO_INCOMPLETE,
        field: 'applyTo.criteria.2',
        message:
          'Apply to which contacts, criterion 3: "shoeSize" is not a person attribute of this workspace',
      },
    ]);
  });

  it('warns about back-to-back sends, not when a Wait is between them', () => {
    const mail = (id: string) => action(id, 'send-email', { source: 'new', contentId: 'e1' });
    const sms = (id: string) => action(id, 'send-sms', { contentId: 's1' });
    const assets = { content: [content('e1'), content('s1', 'sms')] };
    const tight = linearJourney(
      [mail('m1'), action('t', 'add-tag', { tag: 'vip' }), sms('m2')],
      assets,
    );
    expect(validate(tight)).toMatchObject([
      { code: BACK_TO_BACK_SENDS, severity: 'warning', nodeId: 'm2' },
    ]);
    expect(validate(linearJourney([mail('m1'), wait('w'), sms('m2')], assets))).toEqual([]);
  });
});
