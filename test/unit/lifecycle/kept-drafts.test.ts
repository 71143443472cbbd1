import { describe, expect, it } from 'vitest';
import { draftsOfSteps } from '../../../shared/lifecycle';
import type { FieldDraft, JourneyNode } from '../../../shared/model';
import { action, wait } from '../helpers/journey-builder';

const draft = (nodeId: string, field: string): Record<string, FieldDraft> => ({
  [`${nodeId}|${field}`]: { nodeId, field, value: 'x', message: 'refused' },
});

describe('drafts of steps and fields the journey still has (issue #19)', () => {
  const status = action('bg', 'update-buying-group-status', { status: 'Engaged' });
  const drafts = { ...draft('bg', 'params.status'), ...draft('bg', 'applyTo') };

  it('keeps the same object while every step and field is there', () => {
    expect(draftsOfSteps(drafts, [status])).toBe(drafts);
  });

  it("drops an action's params drafts once it takes another action, keeping its other fields", () => {
    const other: JourneyNode = {
      ...status,
      settings: { ...status.settings, actionId: 'account-change-data-value', params: {} },
    };
    expect(Object.keys(draftsOfSteps(drafts, [other]))).toEqual(['bg|applyTo']);
  });

  it('drops the drafts of a step that is gone, and a Wait amount once it waits until a date', () => {
    expect(draftsOfSteps(drafts, [])).toEqual({});
    const w = wait('w');
    const amount = draft('w', 'duration.amount');
    expect(draftsOfSteps(amount, [w])).toBe(amount);
    const until: JourneyNode = { ...w, settings: { mode: 'until', until: '2026-12-01' } };
    expect(draftsOfSteps(amount, [until])).toEqual({});
  });
});
