import { useState } from 'react';
import { api } from '../../../api/client';
import { Modal } from '../../../components/Modal';
import { useEditorStore } from '../../../stores/editor-store';
import { saveNow } from '../use-autosave';

/** A save found the journey changed elsewhere: the user decides, nothing is overwritten silently. */
export function ConflictDialog() {
  const status = useEditorStore((s) => s.saveStatus);
  const journey = useEditorStore((s) => s.journey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (status !== 'conflict' || !journey) return null;
  const run = (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    fn()
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  };
  const loadTheirs = () =>
    run(async () => {
      useEditorStore.getState().loadJourney(await api.call('journeys.get', { id: journey.id }));
    });
  const keepMine = () =>
    run(async () => {
      const latest = await api.call('journeys.get', { id: journey.id });
      if (latest.status !== 'Draft')
        throw new Error(`The journey is now ${latest.status} and cannot be saved over.`);
      const s = useEditorStore.getState();
      // Adopt the newer revision explicitly chosen by the user, then save our copy on top of it.
      useEditorStore.setState({ journey: latest });
      s.setSaveStatus('unsaved');
      await saveNow();
    });
  return (
    <Modal title="This journey was changed elsewhere" onClose={() => undefined}>
      <p>
        Someone (or another window) saved “{journey.name}” after you opened it. Your latest changes
        are not saved yet. Choose which version to keep:
      </p>
      <ul>
        <li>
          <strong>Load their version</strong> — discard your unsaved changes.
        </li>
        <li>
          <strong>Keep my version</strong> — save your copy over theirs.
        </li>
      </ul>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={loadTheirs}>
          Load their version
        </button>
        <button type="button" className="primary" disabled={busy} onClick={keepMine}>
          Keep my version
        </button>
      </div>
    </Modal>
  );
}
