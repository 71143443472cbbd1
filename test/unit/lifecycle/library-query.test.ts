import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUERY,
  libraryTitle,
  queryJourneys,
  TYPE_FILTERS,
} from '../../../renderer/features/library/library-query';
import { newJourney } from '../../../shared/journeys/new-journey';
import { summarize, type JourneyStatus, type JourneySummary } from '../../../shared/model';

function summary(
  name: string,
  status: JourneyStatus,
  audience: 'account' | 'people',
  updatedAt: string,
): JourneySummary {
  const j = newJourney({ name, description: '', audience, user: 'u', now: new Date(updatedAt) });
  return summarize({ ...j, status });
}

const list = [
  summary('Welcome', 'Live', 'people', '2030-01-03T00:00:00.000Z'),
  summary('Nurture', 'Draft', 'account', '2030-01-01T00:00:00.000Z'),
  summary('Upsell', 'Aborted', 'account', '2030-01-02T00:00:00.000Z'),
];
const names = (q: Partial<typeof DEFAULT_QUERY>) =>
  queryJourneys(list, { ...DEFAULT_QUERY, ...q }).map((j) => j.name);

describe('library search, filters and sort', () => {
  it('defaults to the newest update first', () =>
    expect(names({})).toEqual(['Welcome', 'Upsell', 'Nurture']));
  it('sorts Status in lifecycle order, both ways', () => {
    expect(names({ sort: { key: 'status', direction: 'asc' } })).toEqual([
      'Nurture',
      'Welcome',
      'Upsell',
    ]);
    expect(names({ sort: { key: 'status', direction: 'desc' } })).toEqual([
      'Upsell',
      'Welcome',
      'Nurture',
    ]);
  });
  it('searches by name without case and filters by type and status', () => {
    expect(names({ search: 'NUR' })).toEqual(['Nurture']);
    expect(names({ audience: 'account' })).toEqual(['Upsell', 'Nurture']);
    expect(names({ audience: 'account', status: 'Draft' })).toEqual(['Nurture']);
  });
});

describe('library Type filter and title (seed 002: "Account journeys")', () => {
  it("offers All journeys, Account journeys and People journeys: the page title's words", () =>
    expect(TYPE_FILTERS.map((t) => t.label)).toEqual([
      'All journeys',
      'Account journeys',
      'People journeys',
    ]));
  it('names what is shown', () => {
    expect(libraryTitle('account')).toBe('Account journeys');
    expect(libraryTitle('people')).toBe('People journeys');
    expect(libraryTitle('all')).toBe('Journeys');
  });
  it('Account journeys shows only account journeys', () =>
    expect(names({ audience: 'account' })).toEqual(['Upsell', 'Nurture']));
});
