import { useState } from 'react';
import type { BundlePreview } from '../../../shared/bundle';
import type { RemoteJourney } from '../../../shared/contract/remotes';
import { api } from '../../api/client';
import { useLibraryStore } from '../../stores/library-store';
import { messageOf } from '../bundles/bundle-files';
import { ImportFlow } from '../bundles/ImportFlow';
import { JourneyPicker } from '../bundles/JourneyPicker';

let previews = 0;

/** Pull: list the remote's published journeys, preview the chosen ones like an import, then pull them. */
export function PullPanel({ remote }: { remote: string }) {
  const [journeys, setJourneys] = useState<RemoteJourney[] | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [preview, setPreview] = useState<{
    key: number;
    ids: string[];
    preview: BundlePreview;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const attempt = async (task: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const list = () =>
    attempt(async () => {
      setPreview(null);
      setJourneys(await api.call('remotes.journeys', { name: remote }));
    });
  const previewPull = () =>
    attempt(async () => {
      const ids = [...selected];
      setPreview({
        key: ++previews,
        ids,
        preview: await api.call('remotes.pullPreview', { name: remote, ids }),
      });
    });
  return (
    <section className="bundle-panel" aria-labelledby="pull-title">
      <h2 id="pull-title">Pull from {remote}</h2>
      <div className="bundle-actions">
        <button type="button" onClick={() => void list()} disabled={busy}>
          {journeys ? 'Reload remote journeys' : 'Show remote journeys'}
        </button>
      </div>
      {journeys && (
        <>
          <JourneyPicker
            label="Remote journeys to pull"
            journeys={journeys}
            selected={selected}
            onChange={setSelected}
            empty={`${remote} has no published journeys.`}
          />
          <div className="bundle-actions">
            <button
              type="button"
              onClick={() => void previewPull()}
              disabled={busy || selected.size === 0}
            >
              Preview pull
            </button>
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {preview && (
        <ImportFlow
          key={preview.key}
          preview={preview.preview}
          verb="Pull"
          apply={(policy) => api.call('remotes.pull', { name: remote, ids: preview.ids, policy })}
          onDone={() => void useLibraryStore.getState().load()}
        />
      )}
    </section>
  );
}
