import { describe, expect, it } from 'vitest';
import { entryList, listUsage, usedByBrief, usedByText } from '../../../shared/catalog';
import { linkEntryLists } from '../../../shared/journeys/link-entry-lists';
import { summarizeNode } from '../../../shared/render/node-summary';
import { referenceWarnings } from '../../../shared/simulation';
import { validateJourney } from '../../../shared/validation';
import { action, linearJourney } from '../helpers/journey-builder';
import { makeWorkspace } from '../helpers/workspace-builder';

const lists = [
  { id: 'list-a', name: 'Target accounts', kind: 'static' as const, status: 'live' as const },
  { id: 'list-b', name: 'Renewals', kind: 'static' as const, status: 'live' as const },
];
const ws = makeWorkspace({ accountLists: lists });
const renamed = makeWorkspace({
  accountLists: [{ ...lists[0], name: 'Target accounts FY28' }, lists[1]],
});

const byId = { trigger: 'audience' as const, source: 'Target accounts', listId: 'list-a' };
const byName = { trigger: 'audience' as const, source: 'Target accounts' };

describe("an Entry's list by id", () => {
  it('follows a rename: the list is found by id and read by its new name', () => {
    expect(entryList(byId, 'account', renamed)).toEqual({
      id: 'list-a',
      name: 'Target accounts FY28',
    });
  });

  it('an Entry without an id (saved before ids) matches by name, and breaks on a rename', () => {
    expect(entryList(byName, 'account', ws)).toEqual({ id: 'list-a', name: 'Target accounts' });
    expect(entryList(byName, 'account', renamed)).toEqual({ id: null, name: 'Target accounts' });
  });

  it('a deleted list keeps showing the name the Entry last saw', () => {
    const without = makeWorkspace({ accountLists: [lists[1]] });
    expect(entryList(byId, 'account', without)).toEqual({ id: null, name: 'Target accounts' });
  });

  it('a renamed list is no publish problem and the card shows its new name', () => {
    const journey = linearJourney([], { audience: 'account', name: 'Onboarding' });
    const withId = {
      ...journey,
      nodes: journey.nodes.map((n) => (n.type === 'entry' ? { ...n, settings: byId } : n)),
    };
    const problems = validateJourney(withId, renamed).filter((p) => p.field === 'source');
    expect(problems).toEqual([]);
    const card = summarizeNode(withId.nodes[0], () => undefined, 'account', renamed);
    expect(card).toBe('Account audience: Target accounts FY28');
  });
});

describe('the migration link (linkEntryLists)', () => {
  it('gives a by-name Entry the id of the list of that name, and leaves an unknown name alone', () => {
    const journey = linearJourney([], { audience: 'account' });
    const linked = linkEntryLists(journey, ws);
    expect(linked?.nodes.find((n) => n.type === 'entry')?.settings).toEqual({
      trigger: 'audience',
      source: 'Target accounts',
      listId: 'list-a',
    });
    const unknown = {
      ...journey,
      nodes: journey.nodes.map((n) =>
        n.type === 'entry'
          ? { ...n, settings: { trigger: 'audience' as const, source: 'Gone' } }
          : n,
      ),
    };
    expect(linkEntryLists(unknown, ws)).toBeNull();
    expect(linkEntryLists(linked!, ws)).toBeNull();
  });
});

describe('list usage', () => {
  it('counts Entries and actions by list, each journey once, names sorted', () => {
    const addTo = (id: string) => action('add', 'add-to-account-list', { listId: id });
    const renewal = linearJourney([addTo('list-b')], {
      audience: 'account',
      id: 'j1',
      name: 'Renewal',
    });
    const onboarding = linearJourney([addTo('list-b')], {
      audience: 'account',
      id: 'j2',
      name: 'Onboarding',
    });
    const both = linearJourney([addTo('list-a')], { audience: 'account', id: 'j3', name: 'Both' });
    const usage = listUsage([renewal, onboarding, both], ws);
    // Each builder Entry lets "Target accounts" (list-a) in by name.
    expect(usage.accountLists['list-a']).toEqual(['Both', 'Onboarding', 'Renewal']);
    expect(usage.accountLists['list-b']).toEqual(['Onboarding', 'Renewal']);
    expect(usedByText(usage.accountLists['list-b'])).toBe(
      'Used by 2 journeys: Onboarding, Renewal',
    );
    expect(usedByText(['Renewal'])).toBe('Used by 1 journey: Renewal');
    expect(usedByText([])).toBe('');
  });

  it('Settings names the first three journeys and counts the rest', () => {
    const five = ['A', 'B', 'C', 'D', 'E'];
    expect(usedByBrief(five)).toEqual({ text: 'Used by 5 journeys: A, B, C', more: 2 });
    expect(usedByBrief(five.slice(0, 3))).toEqual({ text: 'Used by 3 journeys: A, B, C', more: 0 });
    expect(usedByBrief([])).toEqual({ text: '', more: 0 });
  });
});

describe('simulation warnings', () => {
  it('warn of an Entry audience the workspace lacks, in the publish words', () => {
    const journey = linearJourney([], { audience: 'account' });
    const gone = {
      ...journey,
      nodes: journey.nodes.map((n) =>
        n.type === 'entry'
          ? { ...n, settings: { trigger: 'audience' as const, source: 'Churn risk' } }
          : n,
      ),
    };
    expect(referenceWarnings(gone, ws).map((w) => w.message)).toEqual([
      'Audience "Churn risk" is not in this workspace',
    ]);
    expect(referenceWarnings(journey, ws)).toEqual([]);
  });
});

describe('the Add to account list card', () => {
  it('names its list, and a deleted one without its id', () => {
    const node = action('add', 'add-to-account-list', { listId: 'list-b' }, { scope: 'account' });
    expect(summarizeNode(node, () => undefined, 'account', ws)).toBe(
      'Add to account list: Renewals',
    );
    const gone = action('add', 'add-to-account-list', { listId: 'list-9' }, { scope: 'account' });
    expect(summarizeNode(gone, () => undefined, 'account', ws)).toBe(
      'Add to account list: A list not in this workspace',
    );
  });
});
