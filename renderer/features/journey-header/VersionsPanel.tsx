import { useEffect, useState } from 'react';
import type { Journey, JourneySummary } from '../../../shared/model';
import { api } from '../../api/client';
import { hrefOf } from '../../app/router';
import { formatDateTime } from '../../components/format';
import { StatusBadge } from '../../components/StatusBadge';

/** Every version of the journey's lineage with its status; the others open from here. */
export function VersionsPanel({ journey }: { journey: Journey }) {
  const [versions, setVersions] = useState<JourneySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('journeys.versions', { lineageId: journey.lineageId }).then(
      (v) => live && setVersions(v),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [journey.lineageId, journey.status, journey.revision]);

  return (
    <section className="side-panel" aria-label="Versions">
      <h2>Versions</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!versions && !error && <p role="status">Loading versions…</p>}
      {versions && (
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Published on</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} aria-current={v.id === journey.id ? 'true' : undefined}>
                <td>
                  {v.id === journey.id ? (
                    <strong>Version {v.version} (this one)</strong>
                  ) : (
                    <a href={hrefOf({ page: 'journey', id: v.id })}>Version {v.version}</a>
                  )}
                </td>
                <td>
                  <StatusBadge status={v.status} />
                </td>
                <td>{formatDateTime(v.publishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
