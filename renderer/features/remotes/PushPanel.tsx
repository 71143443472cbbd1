import { useEffect, useRef, useState } from 'react';
import type { PushStatus } from '../../../shared/contract/remotes';
import { api } from '../../api/client';
import { messageOf } from '../bundles/bundle-files';
import { ImportSummaryView } from '../bundles/ImportSummaryView';
import { BundleJourneyChoice, useBundleSelection } from '../bundles/BundleJourneyChoice';
import { useRemoteStatus } from './remote-status-store';

const PHASE: Record<PushStatus['phase'], string> = {
  checking: 'Checking the remote…',
  packing: 'Packing the bundle…',
  uploading: 'Uploading…',
  applying: 'The remote is importing…',
  finished: 'Done',
};
const POLL_MS = 150;

/** Push: selected published journeys to the chosen remote as one all-or-nothing bundle, with a progress bar. */
export function PushPanel({ remote }: { remote: string }) {
  const selection = useBundleSelection();
  const { selected, includeVersions } = selection;
  const [status, setStatus] = useState<PushStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const poll = (pushId: string) => {
    timer.current = window.setTimeout(() => {
      api.call('remotes.pushStatus', { pushId }).then(
        (next) => {
          setStatus(next);
          if (next.state === 'running') poll(pushId);
          else if (next.state === 'done') void useRemoteStatus.getState().refresh(next.remote);
        },
        (e: unknown) => setError(messageOf(e)),
      );
    }, POLL_MS);
  };
  const push = async () => {
    setError(null);
    setStatus(null);
    try {
      const first = await api.call('remotes.push', {
        name: remote,
        ids: [...selected],
        includeVersions,
      });
      setStatus(first);
      poll(first.pushId);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const running = status?.state === 'running';
  return (
    <section className="bundle-panel" aria-labelledby="push-title">
      <h2 id="push-title">Push to {remote}</h2>
      <BundleJourneyChoice verb="push" selection={selection}>
        <button
          type="button"
          className="primary"
          disabled={running || selected.size === 0}
          onClick={() => void push()}
        >
          Push
        </button>
      </BundleJourneyChoice>
      {status && (
        <div className="push-progress">
          <progress aria-label="Push progress" max={1} value={status.fraction} />
          <span role="status">
            {status.state === 'failed'
              ? 'Push failed'
              : `${PHASE[status.phase]} ${Math.round(status.fraction * 100)}%`}
          </span>
        </div>
      )}
      {status?.state === 'failed' && (
        <p role="alert" className="error">
          {status.error}
        </p>
      )}
      {status?.summary && (
        <ImportSummaryView
          summary={status.summary}
          title={`Pushed ${status.count} journey${status.count === 1 ? '' : 's'} to ${status.remote}${status.replayed ? ' (already applied there; first result shown)' : ''}`}
        />
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
