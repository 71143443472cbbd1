import { ALLOWED_ACTIONS, type LifecycleAction } from '../../../shared/lifecycle/status-rules';
import type { JourneySummary } from '../../../shared/model';
import { hrefOf } from '../../app/router';
import { useLibraryStore } from '../../stores/library-store';
import { MenuButton } from '../journey-header/MenuButton';
import { lifecycleMenuItems } from '../journey-header/lifecycle-actions';
import { COLUMNS } from './columns';
import type { SortKey } from './library-query';

interface JourneysTableProps {
  journeys: JourneySummary[];
  onAction: (journey: JourneySummary, action: LifecycleAction) => void;
}

/** A header cell that sorts by its column; aria-sort tells screen readers the current order. */
function SortHeader({ sortKey, label }: { sortKey: SortKey; label: string }) {
  const sort = useLibraryStore((s) => s.query.sort);
  const sortBy = useLibraryStore((s) => s.sortBy);
  const active = sort.key === sortKey;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => sortBy(sortKey)}>
        {label}
        <span aria-hidden="true" className={active ? 'sort-arrow active' : 'sort-arrow'}>
          {active && sort.direction === 'desc' ? '▼' : '▲'}
        </span>
      </button>
    </th>
  );
}

/** The journeys table: the chosen columns, sortable headers, and a More (…) menu per row. */
export function JourneysTable({ journeys, onAction }: JourneysTableProps) {
  const columns = useLibraryStore((s) => s.columns);
  return (
    <div className="table-scroll">
      <table className="table library-table" aria-label="Journeys">
        <thead>
          <tr>
            <SortHeader sortKey="name" label="Name" />
            {columns.map((c) => (
              <SortHeader key={c} sortKey={c} label={COLUMNS[c].label} />
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {journeys.map((j) => (
            <tr key={j.id}>
              <th scope="row" className="name-cell">
                <a href={hrefOf({ page: 'journey', id: j.id })}>{j.name}</a>
              </th>
              {columns.map((c) => (
                <td key={c} className={COLUMNS[c].className}>
                  {COLUMNS[c].render(j)}
                </td>
              ))}
              <td className="row-menu">
                <MenuButton
                  label="…"
                  ariaLabel={`More actions for ${j.name}`}
                  items={lifecycleMenuItems(ALLOWED_ACTIONS[j.status], j.audience, (a) =>
                    onAction(j, a),
                  )}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
