import { describe, expect, it } from 'vitest';
import {
  getAction,
  optionsFor,
  resolveJourneyRef,
  type OptionContext,
} from '../../../shared/catalog';
import { content, otherJourney } from '../helpers/journey-builder';
import { makeWorkspace } from '../helpers/workspace-builder';

const field = (actionId: string, name: string) =>
  getAction(actionId)!.fields.find((f) => f.name === name)!;

const ctx: OptionContext = {
  workspace: makeWorkspace(),
  journey: { lineageId: 'lineage-self', content: [content('e1'), content('s1', 'sms')] },
  journeys: [
    otherJourney('live', { audience: 'account', name: 'Upsell' }),
    otherJourney('closed', { audience: 'account', name: 'Old', status: 'Closed to new entries' }),
    otherJourney('self', { audience: 'account', name: 'Me', lineageId: 'lineage-self' }),
    otherJourney('ppl', { audience: 'people', name: 'Onboarding' }),
  ],
  customActions: [{ id: 'ca-1', name: 'Lookup', functions: ['request', 'echo'] }],
};

describe('optionsFor', () => {
  it('lists workspace items and disables lists that are not live static lists', () => {
    expect(optionsFor(field('add-to-account-list', 'listId'), {}, ctx)).toEqual([
      { value: 'al-live', label: 'Target accounts' },
      { value: 'al-draft', label: 'Draft accounts', disabledReason: 'not live' },
      { value: 'al-smart', label: 'Smart accounts', disabledReason: 'not a static list' },
    ]);
  });

  it('scopes dependent selects by the parent value', () => {
    const emails = field('send-email', 'emailId');
    expect(optionsFor(emails, { marketoWorkspaceId: 'mw-1' }, ctx)).toEqual([
      { value: 'me-1', label: 'Welcome' },
    ]);
    expect(optionsFor(emails, {}, ctx)).toEqual([]);
    const roles = field('assign-to-buying-group', 'role');
    expect(optionsFor(roles, { solutionInterestId: 'si-1' }, ctx)?.map((o) => o.value)).toEqual([
      'Decision maker',
      'Influencer',
    ]);
    const fns = field('custom-action', 'function');
    expect(optionsFor(fns, { actionRef: 'ca-1' }, ctx)?.map((o) => o.value)).toEqual([
      'request',
      'echo',
    ]);
  });

  it('offers account journeys by lineage, disabling non-live ones and this journey', () => {
    const options = optionsFor(field('add-account-to-journey', 'journeyId'), {}, ctx)!;
    expect(options.map((o) => [o.label, o.disabledReason === undefined])).toEqual([
      ['Upsell', true],
      ['Old', false],
      ['Me', false],
    ]);
    const removable = optionsFor(field('remove-account-from-journey', 'journeyId'), {}, ctx)!;
    // Seed 000: "Select live Account Journey" — a journey Closed to new entries is not offered.
    expect(removable.map((o) => [o.label, o.disabledReason === undefined])).toEqual([
      ['Upsell', true],
      ['Old', false],
      ['Me', true],
    ]);
  });

  it('offers authored content of the right kind and fixed choices', () => {
    expect(optionsFor(field('send-sms', 'contentId'), {}, ctx)).toEqual([
      { value: 's1', label: 's1' },
    ]);
    expect(optionsFor(field('unsubscribe', 'channel'), {}, ctx)?.map((o) => o.value)).toEqual([
      'email',
      'sms',
      'all',
    ]);
    expect(optionsFor(field('add-note', 'note'), {}, ctx)).toBeUndefined();
  });

  it('resolves a journey reference to the live version of its lineage', () => {
    const v1 = otherJourney('v1', { lineageId: 'L', status: 'Closed to new entries' });
    const v2 = otherJourney('v2', { lineageId: 'L', version: 2 });
    expect(resolveJourneyRef('v1', [v1, v2])?.id).toBe('v2');
    expect(resolveJourneyRef('L', [v1])?.id).toBe('v1');
    expect(resolveJourneyRef('nope', [v1])).toBeUndefined();
  });
});
