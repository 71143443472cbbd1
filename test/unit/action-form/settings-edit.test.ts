import { describe, expect, it } from 'vitest';
import {
  paramIssue,
  problemsByField,
  settingKey,
} from '../../../renderer/features/action-form/field-errors';
import {
  chooseAction,
  chooseScope,
  dependentsOf,
  effectiveScope,
  paramsOnRefusal,
  setParam,
} from '../../../renderer/features/action-form/settings-edit';
import { getAction } from '../../../shared/catalog';
import type { ActionSettings } from '../../../shared/model';
import type { Problem } from '../../../shared/validation';

const empty: ActionSettings = { scope: null, actionId: null, params: {}, applyTo: { mode: 'all' } };
const addToList = getAction('add-to-list')!;

describe('action settings editing', () => {
  it('asks Accounts or People in account journeys; people journeys are always People', () => {
    expect(effectiveScope('account', empty)).toBeNull();
    expect(effectiveScope('people', empty)).toBe('people');
    expect(effectiveScope('account', { ...empty, actionId: 'send-sales-alert' })).toBe('account');
  });

  it('clears an action of the other scope when the scope changes, keeps one of the same scope', () => {
    const alert = {
      ...empty,
      scope: 'account' as const,
      actionId: 'send-sales-alert',
      params: { sendTo: 'x' },
    };
    expect(chooseScope(alert, 'people')).toMatchObject({
      scope: 'people',
      actionId: null,
      params: {},
    });
    expect(chooseScope(alert, 'account')).toMatchObject({
      actionId: 'send-sales-alert',
      params: { sendTo: 'x' },
    });
  });

  it('starts a newly chosen action with empty parameters and its own scope', () => {
    const s = chooseAction({ ...empty, params: { a: 1 } }, 'change-score');
    expect(s).toMatchObject({ actionId: 'change-score', scope: 'people', params: {} });
  });

  it('removes blank values and clears dependent selects when their parent changes', () => {
    expect(dependentsOf(addToList, 'marketoWorkspaceId')).toEqual(['listId']);
    const set = { marketoWorkspaceId: 'mw-1', listId: 'mw1-list-1' };
    expect(setParam(set, addToList, 'marketoWorkspaceId', 'mw-2')).toEqual({
      marketoWorkspaceId: 'mw-2',
    });
    expect(setParam(set, addToList, 'marketoWorkspaceId', 'mw-1')).toEqual(set);
    expect(setParam(set, addToList, 'listId', '')).toEqual({ marketoWorkspaceId: 'mw-1' });
  });
});

describe('field errors', () => {
  it('names the refused field: Status over 50 characters', () => {
    const params = { solutionInterestId: 'si-1', status: 'x'.repeat(51) };
    expect(paramIssue('update-buying-group-status', params, 'status')?.message).toBe(
      'Status must be at most 50 characters',
    );
    expect(
      paramIssue('update-buying-group-status', { status: 'x'.repeat(50) }, 'status'),
    ).toBeUndefined();
  });

  it('keys problems by setting, errors before warnings, only this node', () => {
    expect(settingKey('params.input.url')).toBe('params.input');
    const problems: Problem[] = [
      { nodeId: 'n', field: 'applyTo', severity: 'warning', code: 'w', message: 'warn' },
      { nodeId: 'n', field: 'params.status', severity: 'warning', code: 'w', message: 'later' },
      { nodeId: 'n', field: 'params.status', severity: 'error', code: 'e', message: 'first' },
      { nodeId: 'other', field: 'actionId', severity: 'error', code: 'e', message: 'not mine' },
    ];
    expect(problemsByField(problems, 'n')).toEqual({ applyTo: 'warn', 'params.status': 'first' });
  });

  it('a refused value falls back to the value from before the edit, never to a prefix saved on the way', () => {
    const status = getAction('update-buying-group-status')!;
    const before = { solutionInterestId: 'si-1', status: 'Engaged' };
    // Typing 60 characters saved the first 50 on the way; the 51st is refused.
    const prefix = { ...before, status: 'y'.repeat(50) };
    expect(paramsOnRefusal(prefix, before, status, 'status')).toEqual(before);
    // A field that was empty before the edit is empty again, not the prefix.
    const fromEmpty = { solutionInterestId: 'si-1' };
    expect(paramsOnRefusal(prefix, fromEmpty, status, 'status')).toEqual(fromEmpty);
    // Nothing saved on the way: nothing to send.
    expect(paramsOnRefusal(before, before, status, 'status')).toBeNull();
  });
});
