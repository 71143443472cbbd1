import { describe, expect, it } from 'vitest';
import { accountListNotLive, optionsFor, getAction } from '../../../shared/catalog';
import type { Journey } from '../../../shared/model';
import { REFERENCE_UNAVAILABLE } from '../../../shared/validation';
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

  it('accepts a live list, static or smart', () => {
    expect(validate(withAudience('Target accounts'))).toEqual([]);
    expect(validate(withAudience('Smart accounts'))).toEqual([]);
  });
});
