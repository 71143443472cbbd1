import '../bundles/bundles.css';
import './remotes.css';
import { useCallback, useEffect, useState } from 'react';
import type { RemoteView } from '../../../shared/contract/remotes';
import { api } from '../../api/client';
import { messageOf } from '../bundles/bundle-files';
import { AddRemoteForm } from './AddRemoteForm';
import { PullPanel } from './PullPanel';
import { PushPanel } from './PushPanel';
import { RemotesTable } from './RemotesTable';
import { useRemoteStatus } from './remote-status-store';

/** Remotes: other Journey Studio instances (serve --remote) to push published journeys to and pull from. */
export function RemotesPage() {
  const [remotes, setRemotes] = useState<RemoteView[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async (prefer?: string) => {
    try {
      const list = await api.call('remotes.list', {});
      setRemotes(list);
      setCurrent(
        (was) => prefer ?? (list.some((r) => r.name === was) ? was : (list[0]?.name ?? null)),
      );
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const choose = (name: string) => {
    setCurrent(name);
    void useRemoteStatus.getState().refresh(name);
  };
  return (
    <section className="page remotes-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">Remotes</h1>
      </header>
      <p className="muted">
        Other Journey Studio instances started with serve --remote. Pushes and pulls move published
        journeys as bundles, all or nothing.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <AddRemoteForm onAdded={(name) => void reload(name).then(() => choose(name))} />
      <RemotesTable
        remotes={remotes}
        onRemoved={(name) =>
          void reload().then(
            () =>
              name === useRemoteStatus.getState().remote &&
              void useRemoteStatus.getState().refresh(),
          )
        }
      />
      {current && (
        <>
          <label className="inline-label remote-choice">
            Remote
            <select
              aria-label="Remote to push to and pull from"
              value={current}
              onChange={(e) => choose(e.target.value)}
            >
              {remotes.map((r) => (
                <option key={r.name} value={r.name}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <div className="bundle-columns">
            <PushPanel key={`push-${current}`} remote={current} />
            <PullPanel key={`pull-${current}`} remote={current} />
          </div>
        </>
      )}
    </section>
  );
}
