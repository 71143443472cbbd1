import type { HistoryEntry, Journey } from '../../../shared/model';
import { DataTable, type Column } from '../../components/DataTable';
import { formatDateTime } from '../../components/format';
import { useEditorStore } from '../../stores/editor-store';
import { BackupsPanel } from '../recovery/BackupsPanel';

const COLUMNS: readonly Column<HistoryEntry>[] = [
  { header: 'When', cell: (h) => formatDateTime(h.at) },
  { header: 'Who', cell: (h) => h.by },
  {
    header: 'Action',
    cell: (h) => (
      <>
        {h.action}
        {h.note && <span className="muted small block">{h.note}</span>}
      </>
    ),
  },
  { header: 'From', cell: (h) => h.from ?? '—' },
  { header: 'To', cell: (h) => h.to },
];

/** The journey's lifecycle history: who changed its status, when, from what to what. */
export function HistoryPanel({ journey }: { journey: Journey }) {
  return (
    <section className="side-panel" aria-label="History">
      <h2>History</h2>
      <DataTable
        label="Lifecycle history"
        columns={COLUMNS}
        rows={[...journey.history].reverse()}
        rowKey={(_, i) => String(i)}
        rowTitle={(h) => h.note}
      />
      <BackupsPanel
        journey={journey}
        onRestored={(j) => useEditorStore.getState().loadJourney(j)}
      />
    </section>
  );
}
