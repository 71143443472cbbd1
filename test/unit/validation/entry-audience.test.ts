import { describe, expect, it } from 'vitest';
import {
  accountListNotLive,
  getAction,
  NOT_IN_WORKSPACE,
  optionsFor,
} from '../../../shared/catalog';
import type { Journey } from '../../../shared/model';
import { REFERENCE_UNAVAILABLE, UNKNOWN_REFERENCE } from '../../../shared/validation';
import { fieldLabel } from '../../../shared/validation/field-label';
import { accountJourney, validate, workspace } from './fixtures';

/** The account journey of the fixtures with its Entry's audience set to `source`. */
function withAudience(source: string): Journey {
  const j = accountJourney([]);
  const nodes = j.nodes.map((n) =>
    n.type === 'entry' ? { ...n, settings: { trigger: 'audience' as const, source } } : n,
  );
  return { ...j, nodes };
}

describe("the Entry's audience (issue #19)", () => {
  it('refuses an account list that is not live, under Audience, in the action picker words', () => {
    expect(validate(withAudience('Draft accounts'))).toEqual([
      {
        nodeId: 'entry',
        field: 'source',
        severity: 'error',
        code: REFERENCE_UNAVAILABLE,
        message: 'Audience "Draft accounts" is not live',
      },
    ]);
    // "Add to account list" marks the same list with the same reason.
    const field = getAction('add-to-account-list')!.fields[0];
    const ctx = { workspace, journey: { lineageId: 'x', content: [] } };
    const option = optionsFor(field, {}, ctx)?.find((o) => o.label === 'Draft accounts');
    expect(option?.disabledReason).toBe(accountListNotLive({ status: 'draft' }));
  });

  it('refuses a list the workspace does not have (deleted, or from another workspace), naming it as the picker does', () => {
    const problems = validate(withAudience('Churn risk'));
    expect(problems).toEqual([
      {
        nodeId: 'entry',
        field: 'source',
        severity: 'error',
        code: UNKNOWN_REFERENCE,
        message: 'Audience "Churn risk" is not in this workspace',
      },
    ]);
    // The field is named by its label, with no id, and the message is the one the field shows.
    expect(fieldLabel(withAudience('Churn risk'), 'entry', 'source')).toBe('Audience');
    expect(problems[0].message).toContain(`Churn risk" is ${NOT_IN_WORKSPACE}`);
  });

  it("refuses a people journey's segment the workspace's audiences lack, not an event", () => {
    const people = (trigger: 'segment' | 'event', source: string): Journey => {
      const j = withAudience(source);
      const nodes = j.nodes.map((n) =>
        n.type === 'entry' ? { ...n, settings: { trigger, source } } : n,
      );
      return { ...j, audience: 'people', nodes };
    };
    expect(validate(people('segment', 'Paid social'))).toEqual([]);
    expect(validate(people('segment', 'Gone')).map((p) => p.message)).toEqual([
      'Segment "Gone" is not in this workspace',
    ]);
    // An event may be any name a system sends: not checked against the workspace's list.
    expect(validate(people('event', 'Webinar booked'))).toEqual([]);
  });

  it('accepts a live list, static or smart', () => {
    expect(validate(withAudience('Target accounts'))).toEqual([]);
    expect(validate(withAudience('Smart accounts'))).toEqual([]);
  });
});
