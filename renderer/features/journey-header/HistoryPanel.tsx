import type { Journey } from '../../../shared/model';
import { formatDateTime } from '../../components/format';
import { useEditorStore } from '../../stores/editor-store';
import { BackupsPanel } from '../recovery/BackupsPanel';

/** The journey's lifecycle history: who changed its status, when, from what to what. */
export function HistoryPanel({ journey }: { journey: Journey }) {
  return (
    <section className="side-panel" aria-label="History">
      <h2>History</h2>
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {[...journey.history].reverse().map((h, i) => (
            <tr key={i} title={h.note}>
              <td>{formatDateTime(h.at)}</td>
              <td>{h.by}</td>
              <td>
                {h.action}
                {h.note && <span className="muted small block">{h.note}</span>}
              </td>
              <td>{h.from ?? '—'}</td>
              <td>{h.to}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <BackupsPanel
        journey={journey}
        onRestored={(j) => useEditorStore.getState().loadJourney(j)}
      />
    </section>
  );
}
