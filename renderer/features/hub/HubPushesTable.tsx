import type { HubPush } from '../../../shared/contract/hub-api';
import { DataTable, type Column } from '../../components/DataTable';
import { formatDateTime } from '../../components/format';

/** What a push did, in a few words. */
function outcome(p: HubPush): string {
  if (p.result === 'refused') return `Refused: ${p.message ?? ''}`;
  const s = p.summary;
  if (!s) return p.result;
  const parts = [
    [s.created.length, 'created'],
    [s.overwritten.length, 'overwritten'],
    [s.copied.length, 'copied'],
    [s.skipped.length, 'skipped'],
    [s.unchanged.length, 'unchanged'],
  ].filter(([n]) => Number(n) > 0);
  const text = parts.map(([n, what]) => `${n} ${what}`).join(', ') || 'nothing to change';
  return p.result === 'replayed' ? `Retry, answered as before: ${text}` : text;
}

const COLUMNS: readonly Column<HubPush>[] = [
  { header: 'When', cell: (p) => formatDateTime(p.at), className: 'nowrap' },
  { header: 'By', cell: (p) => p.by },
  { header: 'Journeys', cell: (p) => p.journeyIds.length },
  { header: 'Policy', cell: (p) => p.policy },
  { header: 'Result', cell: outcome },
];

/** The latest pushes: who, when, which journeys, the result. */
export function HubPushesTable({ pushes }: { pushes: HubPush[] }) {
  return (
    <section aria-labelledby="hub-pushes-title" className="hub-section">
      <h2 id="hub-pushes-title">Push history</h2>
      {pushes.length === 0 ? (
        <p className="empty">No pushes yet.</p>
      ) : (
        <DataTable
          label="Push history"
          columns={COLUMNS}
          rows={pushes}
          rowKey={(p, i) => `${p.pushId}-${i}`}
        />
      )}
    </section>
  );
}
