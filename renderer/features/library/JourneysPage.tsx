import { useEffect, useState } from 'react';
import { hrefOf } from '../../app/router';
import { StatusBadge } from '../../components/StatusBadge';
import { useLibraryStore } from '../../stores/library-store';
import { CreateJourneyDialog } from './CreateJourneyDialog';
import { formatDateTime } from '../../components/format';

/** The journey library: every journey of the workspace with its status. */
export function JourneysPage() {
  const { status, journeys, error, load } = useLibraryStore();
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="page" aria-labelledby="journeys-title">
      <header className="page-header">
        <h1 id="journeys-title">Journeys</h1>
        <button className="primary" onClick={() => setCreating(true)}>
          Create journey
        </button>
      </header>
      {status === 'loading' && <p role="status">Loading journeys…</p>}
      {status === 'error' && (
        <p role="alert" className="error">
          Could not load journeys: {error} <button onClick={() => void load()}>Retry</button>
        </p>
      )}
      {status === 'ready' && journeys.length === 0 && (
        <div className="empty">
          <p>No journeys yet. Create one to start drafting.</p>
        </div>
      )}
      {journeys.length > 0 && (
        <table className="table" aria-label="Journeys">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Type</th>
              <th scope="col">Description</th>
              <th scope="col">Last updated at</th>
            </tr>
          </thead>
          <tbody>
            {journeys.map((j) => (
              <tr key={j.id}>
                <td>
                  <a href={hrefOf({ page: 'journey', id: j.id })}>{j.name}</a>
                </td>
                <td>
                  <StatusBadge status={j.status} />
                </td>
                <td>{j.audience === 'account' ? 'Account' : 'People'}</td>
                <td className="muted">{j.description}</td>
                <td>{formatDateTime(j.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {creating && <CreateJourneyDialog onClose={() => setCreating(false)} />}
    </section>
  );
}
