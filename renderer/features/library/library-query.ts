import { LibraryColumn } from '../../../shared/contract/settings';
import type { Audience, JourneyStatus, JourneySummary } from '../../../shared/model';
import { JOURNEY_TYPE_LABELS, JourneyStatus as Statuses } from '../../../shared/model';
import { remoteStateOf } from '../remotes/remote-status-store';

/** Seed 002's columns in its order, with Type and Version after Status. */
export const DEFAULT_COLUMNS: LibraryColumn[] = LibraryColumn.options.filter(
  (c) => c !== 'remoteStatus',
); // opt-in: it asks a remote

export type SortKey = 'name' | LibraryColumn;
export type SortDirection = 'asc' | 'desc';

/** The library's search, filters and sort (session state; only the columns are remembered). */
export interface LibraryQuery {
  search: string;
  audience: 'all' | Audience;
  status: 'all' | JourneyStatus;
  sort: { key: SortKey; direction: SortDirection };
}

export const DEFAULT_QUERY: LibraryQuery = {
  search: '',
  audience: 'all',
  status: 'all',
  sort: { key: 'updatedAt', direction: 'desc' },
};

/**
 * The Type filter's choices, in the words of the page title and the Type column (seed 002's list
 * is "Account journeys"; people journeys share the library).
 */
export const TYPE_FILTERS: readonly { value: LibraryQuery['audience']; label: string }[] = [
  { value: 'all', label: 'All journeys' },
  { value: 'account', label: JOURNEY_TYPE_LABELS.account.many },
  { value: 'people', label: JOURNEY_TYPE_LABELS.people.many },
];

/** The page title says which journeys are shown: "Account journeys" as in seed 002, or all of them. */
export function libraryTitle(audience: LibraryQuery['audience']): string {
  return audience === 'all' ? 'Journeys' : JOURNEY_TYPE_LABELS[audience].many;
}

/** Statuses sort in lifecycle order (Draft first), not alphabetically. */
const STATUS_ORDER = new Map(Statuses.options.map((s, i) => [s, i]));

/** The value a column sorts by; text compares without case. */
export function sortValue(j: JourneySummary, key: SortKey): string | number {
  switch (key) {
    case 'status':
      return STATUS_ORDER.get(j.status) ?? 0;
    case 'version':
      return j.version;
    case 'type':
      return j.audience;
    case 'remoteStatus':
      return remoteStateOf(j.id);
    default:
      return (j[key] ?? '').toLocaleLowerCase();
  }
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** The journeys the table shows: searched by name, filtered by type and status, sorted (ties by name). */
export function queryJourneys(
  journeys: readonly JourneySummary[],
  q: LibraryQuery,
): JourneySummary[] {
  const needle = q.search.trim().toLocaleLowerCase();
  const sign = q.sort.direction === 'asc' ? 1 : -1;
  return journeys
    .filter(
      (j) =>
        (needle === '' || j.name.toLocaleLowerCase().includes(needle)) &&
        (q.audience === 'all' || j.audience === q.audience) &&
        (q.status === 'all' || j.status === q.status),
    )
    .sort(
      (a, b) =>
        sign * compare(sortValue(a, q.sort.key), sortValue(b, q.sort.key)) ||
        a.name.localeCompare(b.name),
    );
}

/** Whether any search or filter narrows the list. */
export function isFiltered(q: LibraryQuery): boolean {
  return q.search.trim() !== '' || q.audience !== 'all' || q.status !== 'all';
}
