import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  assertParams,
  getAction,
  isComplete,
  missingParams,
  parseParams,
} from '../../../shared/catalog';
import type { AppError } from '../../../shared/errors';
import { CASES } from './cases';

describe('action parameter schemas', () => {
  it('has a test case for every catalog action', () => {
    expect(Object.keys(CASES).sort()).toEqual(ACTIONS.map((a) => a.id).sort());
  });

  describe.each(ACTIONS.map((a) => [a.id, a] as const))('%s', (id, action) => {
    const { valid, bad } = CASES[id];

    it('accepts a valid full parameter set, which is complete', () => {
      expect(parseParams(id, valid)).toEqual({ success: true, data: valid });
      expect(missingParams(action, valid)).toEqual([]);
      expect(isComplete(id, valid)).toBe(true);
      expect(action.complete.safeParse(valid).success).toBe(true);
    });

    it('saves {} but reports it incomplete', () => {
      expect(parseParams(id, {}).success).toBe(true);
      expect(missingParams(action, {}).length).toBeGreaterThan(0);
      expect(isComplete(id, {})).toBe(false);
      expect(action.complete.safeParse({}).success).toBe(false);
    });

    it.each(bad)('refuses a bad %s, naming the field', (field, value) => {
      const result = parseParams(id, { ...valid, [field]: value });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues[0].field.split('.')[0]).toBe(field);
      const label = action.fields.find((f) => f.name === field)?.label ?? field;
      expect(result.issues[0].message).toContain(label);
    });
  });
});

describe('parameter rules from the seeds', () => {
  it('Update Buying Group Status: status at most 50 characters', () => {
    const result = parseParams('update-buying-group-status', { status: 'x'.repeat(51) });
    expect(result).toMatchObject({
      success: false,
      issues: [
        { field: 'status', code: 'too_big', message: 'Status must be at most 50 characters' },
      ],
    });
  });

  it('Update Buying Group Status: status and solution interest are required', () => {
    const action = getAction('update-buying-group-status')!;
    expect(missingParams(action, { status: '  ' }).map((f) => f.name)).toEqual([
      'solutionInterestId',
      'status',
    ]);
  });

  it('Account Interesting Moment: description is optional', () => {
    expect(isComplete('account-interesting-moment', { type: 'Web' })).toBe(true);
  });

  it('Send email: new needs content, marketo needs a workspace then an email', () => {
    const action = getAction('send-email')!;
    const names = (p: Record<string, unknown>) => missingParams(action, p).map((f) => f.name);
    expect(names({})).toEqual(['source']);
    expect(names({ source: 'new' })).toEqual(['contentId']);
    expect(names({ source: 'marketo' })).toEqual(['marketoWorkspaceId', 'emailId']);
    expect(isComplete('send-email', { source: 'new', contentId: 'e1' })).toBe(true);
    expect(action.complete.safeParse({ source: 'new', emailId: 'me-1' }).success).toBe(false);
  });

  it('Exit a journey: another journey is needed only when exiting another one', () => {
    expect(isComplete('exit-a-journey', { target: 'this' })).toBe(true);
    expect(isComplete('exit-a-journey', { target: 'other' })).toBe(false);
  });

  it('drops unknown keys and refuses unknown actions', () => {
    expect(parseParams('add-tag', { tag: 'vip', stale: 1 })).toEqual({
      success: true,
      data: { tag: 'vip' },
    });
    expect(parseParams('nope', {})).toMatchObject({
      success: false,
      issues: [{ field: 'actionId' }],
    });
    expect(parseParams(null, { a: 1 })).toEqual({ success: true, data: {} });
    expect(isComplete(null, {})).toBe(false);
  });

  it('assertParams throws an invalid_input AppError naming the field', () => {
    expect(() => assertParams('update-buying-group-status', { status: 'x'.repeat(60) })).toThrow(
      expect.objectContaining({ code: 'invalid_input', field: 'params.status' }) as AppError,
    );
    expect(assertParams('add-tag', {})).toEqual({});
  });
});
