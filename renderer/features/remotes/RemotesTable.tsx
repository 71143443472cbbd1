import { useState } from 'react';
import type { RemoteTest, RemoteView } from '../../../shared/contract/remotes';
import { api } from '../../api/client';
import { formatDateTime } from '../../components/format';
import { messageOf } from '../bundles/bundle-files';

/** The remotes with Test connection and Remove per row; a test result shows under the table. */
export function RemotesTable({
  remotes,
  onRemoved,
}: {
  remotes: RemoteView[];
  onRemoved: (name: string) => void;
}) {
  const [result, setResult] = useState<(RemoteTest & { name: string }) | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const test = async (name: string) => {
    setBusy(name);
    setResult(null);
    try {
      setResult({ name, ...(await api.call('remotes.test', { name })) });
    } catch (e) {
      setResult({ name, ok: false, message: messageOf(e), apiVersion: null, appVersion: null });
    } finally {
      setBusy(null);
    }
  };
  const remove = async (name: string) => {
    if (!window.confirm(`Remove the remote "${name}" and forget its token?`)) return;
    try {
      await api.call('remotes.remove', { name });
      onRemoved(name);
    } catch (e) {
      setResult({ name, ok: false, message: messageOf(e), apiVersion: null, appVersion: null });
    }
  };
  if (remotes.length === 0)
    return (
      <p className="empty">
        No remotes yet. Add one to push journeys to another Journey Studio instance.
      </p>
    );
  return (
    <>
      <table className="table compact" aria-label="Remotes">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">URL</th>
            <th scope="col">Token</th>
            <th scope="col">Added</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {remotes.map((r) => (
            <tr key={r.name}>
              <td>{r.name}</td>
              <td>{r.url}</td>
              <td className="muted">{r.tokenHint}</td>
              <td className="nowrap">{formatDateTime(r.addedAt)}</td>
              <td>
                <div className="row-buttons">
                  <button
                    type="button"
                    onClick={() => void test(r.name)}
                    disabled={busy === r.name}
                    aria-label={`Test connection to ${r.name}`}
                  >
                    {busy === r.name ? 'Testing…' : 'Test connection'}
                  </button>
                  <button
                    type="button"
                    className="danger-outline"
                    onClick={() => void remove(r.name)}
                    aria-label={`Remove ${r.name}`}
                  >
                    Remove
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'remote-ok' : 'error'}>
          {result.message}
        </p>
      )}
    </>
  );
}
