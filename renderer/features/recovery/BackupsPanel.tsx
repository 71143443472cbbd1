import { useCallback, useEffect, useState } from 'react';
import type { JourneyBackup } from '../../../shared/contract/recovery';
import type { Journey } from '../../../shared/model';
import { api } from '../../api/client';
import { formatDateTime } from '../../components/format';
import './recovery.css';

export interface BackupsPanelProps {
  journey: Pick<Journey, 'id' | 'revision' | 'status'>;
  /** Called with the journey after a restore wrote it (the editor reloads its working copy). */
  onRestored: (journey: Journey) => void;
}

/** The last saved revisions kept for a journey, each with Restore (Drafts only; a restore can be undone the same way). */
export function BackupsPanel({ journey, onRestored }: BackupsPanelProps) {
  const [backups, setBackups] = useState<JourneyBackup[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const { id, revision, status } = journey;

  useEffect(() => {
    let live = true;
    api
      .call('journeys.backups', { id })
      .then((list) => live && setBackups(list))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [id, revision]);

  const restore = useCallback(
    async (backup: JourneyBackup) => {
      if (
        !window.confirm(
          `Restore the steps as saved at ${formatDateTime(backup.savedAt)} (revision ${backup.revision})? The current version is kept and can be restored back.`,
        )
      )
        return;
      setBusy(backup.revision);
      setError(null);
      try {
        onRestored(await api.call('journeys.restore', { id, revision: backup.revision }));
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setBusy(null);
      }
    },
    [id, onRestored],
  );

  return (
    <section className="backups-panel" aria-label="Saved revisions">
      <h3>Saved revisions</h3>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {backups === null && !error && <p className="muted">Loading…</p>}
      {backups?.length === 0 && <p className="muted">No earlier saves kept yet.</p>}
      {backups && backups.length > 0 && (
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">Saved</th>
              <th scope="col">By</th>
              <th scope="col">Steps</th>
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.revision}>
                <td title={`Revision ${b.revision}`}>{formatDateTime(b.savedAt)}</td>
                <td>{b.savedBy}</td>
                <td>{b.nodeCount}</td>
                <td>
                  <button
                    type="button"
                    disabled={status !== 'Draft' || busy !== null}
                    title={status === 'Draft' ? undefined : 'Only a Draft can be restored'}
                    onClick={() => void restore(b)}
                  >
                    {busy === b.revision ? 'Restoring…' : 'Restore'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
