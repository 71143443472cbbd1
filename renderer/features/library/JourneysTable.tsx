import { ALLOWED_ACTIONS, type LifecycleAction } from '../../../shared/lifecycle/status-rules';
import type { JourneySummary } from '../../../shared/model';
import { hrefOf } from '../../app/router';
import { useLibraryStore } from '../../stores/library-store';
import { MenuButton } from '../journey-header/MenuButton';
import { lifecycleMenuItems } from '../journey-header/lifecycle-actions';
import { COLUMNS, foldClass, FoldedCells } from './columns';
import type { SortKey } from './library-query';

interface JourneysTableProps {
  journeys: JourneySummary[];
  onAction: (journey: JourneySummary, action: LifecycleAction) => void;
}

/** A header cell that sorts by its column; aria-sort tells screen readers the current order. */
function SortHeader({
  sortKey,
  label,
  className,
}: {
  sortKey: SortKey;
  label: string;
  className?: string;
}) {
  const sort = useLibraryStore((s) => s.query.sort);
  const sortBy = useLibraryStore((s) => s.sortBy);
  const active = sort.key === sortKey;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
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
        {/* Fixed widths (styles.css), so the row menu is always in view and long names wrap. */}
        <colgroup>
          <col className="col-name" />
          {columns.map((c) => (
            <col key={c} className={[`col-${c}`, foldClass(c)].filter(Boolean).join(' ')} />
          ))}
          <col className="col-menu" />
        </colgroup>
        <thead>
          <tr>
            <SortHeader sortKey="name" label="Name" />
            {columns.map((c) => (
              <SortHeader key={c} sortKey={c} label={COLUMNS[c].label} className={foldClass(c)} />
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
                {/* The whole name, wrapped: a cut name can look like another one (tester report). */}
                <a href={hrefOf({ page: 'journey', id: j.id })} className="whole-name">
                  {j.name}
                </a>
                <FoldedCells target="name" visible={columns} journey={j} />
              </th>
              {columns.map((c) => (
                <td
                  key={c}
                  className={
                    [COLUMNS[c].className, foldClass(c)].filter(Boolean).join(' ') || undefined
                  }
                >
                  {COLUMNS[c].render(j)}
                  <FoldedCells target={c} visible={columns} journey={j} />
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
