import '../remotes/remotes.css';
import './hub.css';
import { useCallback, useEffect, useState } from 'react';
import type { HubOverview } from '../../../shared/contract/hub';
import type { RemoteView } from '../../../shared/contract/remotes';
import { api } from '../../api/client';
import { messageOf } from '../bundles/bundle-files';
import { HubAuditTable } from './HubAuditTable';
import { HubPushesTable } from './HubPushesTable';
import { HubTokens } from './HubTokens';

/** Team hub: tokens, push history and audit log of a remote that is a hub, through its admin token. */
export function HubPage() {
  const [remotes, setRemotes] = useState<RemoteView[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  const [overview, setOverview] = useState<HubOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.call('remotes.list', {}).then(
      (list) => {
        setRemotes(list);
        setCurrent((was) => was ?? list[0]?.name ?? null);
      },
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);
  const load = useCallback(async (name: string) => {
    setBusy(true);
    setError(null);
    try {
      setOverview(await api.call('hub.overview', { name }));
    } catch (e) {
      setOverview(null);
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }, []);
  useEffect(() => {
    if (current) void load(current);
  }, [current, load]);
  return (
    <section className="page hub-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">Team hub</h1>
      </header>
      <p className="muted">
        A team hub (journey-studio hub) is a remote backed by PostgreSQL. With a remote whose token
        has the admin scope, manage its API tokens and read its push history and audit log.
      </p>
      {remotes.length === 0 ? (
        <p className="empty">
          No remotes yet. Add the hub on the Remotes page with an admin token.
        </p>
      ) : (
        <div className="hub-toolbar">
          <label className="inline-label">
            Hub
            <select
              aria-label="Hub remote"
              value={current ?? ''}
              onChange={(e) => setCurrent(e.target.value)}
            >
              {remotes.map((r) => (
                <option key={r.name} value={r.name}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => current && void load(current)}
            disabled={busy || !current}
          >
            {busy ? 'Loading…' : 'Refresh'}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {overview && current && (
        <>
          <HubTokens
            remote={current}
            tokens={overview.tokens}
            onChanged={() => void load(current)}
          />
          <HubPushesTable pushes={overview.pushes} />
          <HubAuditTable entries={overview.audit} />
        </>
      )}
    </section>
  );
}
