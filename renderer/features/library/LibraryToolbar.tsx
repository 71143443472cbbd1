import { JourneyStatus } from '../../../shared/model';
import { useLibraryStore } from '../../stores/library-store';
import { RemoteStatusBar } from '../remotes/RemoteStatusBar';
import { TYPE_FILTERS } from './library-query';

/** Search by name, filter by type and status, and the Customize table button. */
export function LibraryToolbar({ onCustomize }: { onCustomize: () => void }) {
  const query = useLibraryStore((s) => s.query);
  const setQuery = useLibraryStore((s) => s.setQuery);
  return (
    <div className="library-toolbar" role="search">
      <input
        type="search"
        className="search"
        placeholder="Search by name"
        aria-label="Search journeys by name"
        value={query.search}
        onChange={(e) => setQuery({ search: e.target.value })}
      />
      <label className="inline-label">
        Type
        <select
          aria-label="Filter by type"
          value={query.audience}
          onChange={(e) => setQuery({ audience: e.target.value as typeof query.audience })}
        >
          {TYPE_FILTERS.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-label">
        Status
        <select
          aria-label="Filter by status"
          value={query.status}
          onChange={(e) => setQuery({ status: e.target.value as typeof query.status })}
        >
          <option value="all">All statuses</option>
          {JourneyStatus.options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <span className="spacer" />
      <RemoteStatusBar />
      <button
        type="button"
        className="icon-text"
        onClick={onCustomize}
        aria-label="Customize table"
        title="Customize table"
      >
        <span aria-hidden="true">▥</span> Customize table
      </button>
    </div>
  );
}
