import { useEffect, useState } from 'react';
import { problemText, type LifecycleProblem } from '../../../shared/lifecycle/problem';
import { replacementNote } from '../../../shared/lifecycle/replacement-note';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { flushEdits } from '../editor/use-autosave';
import { withDraftPublishProblems } from '../../../shared/lifecycle/draft-problems';
import { useEditorStore } from '../../stores/editor-store';
import type { LifecycleOutcome, LifecycleTarget } from './lifecycle-actions';

/** A datetime-local value (local time, no zone) as an ISO instant, or null when empty. */
function toIso(local: string): string | null {
  return local ? new Date(local).toISOString() : null;
}

interface PublishDialogProps {
  journey: LifecycleTarget;
  onDone: (outcome: LifecycleOutcome) => void;
  onClose: () => void;
}

/** Publish: shows what validation found (errors block it) and offers an optional scheduled start. */
export function PublishDialog({ journey, onDone, onClose }: PublishDialogProps) {
  const [problems, setProblems] = useState<LifecycleProblem[] | null>(null);
  const [replaces, setReplaces] = useState<{ version: number } | null>(null);
  const [start, setStart] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    // The check reads the saved journey: save what is on screen first.
    flushEdits(journey.id)
      .then(() => api.call('journeys.publishCheck', { id: journey.id }))
      .then(
        (r) => {
          if (!live) return;
          setProblems(r.problems);
          setReplaces(r.replaces);
        },
        (e: Error) => live && setError(e.message),
      );
    return () => {
      live = false;
    };
  }, [journey.id]);

  // A value the editor refused (kept in its field) blocks Publish as it shows in the Problems list.
  const open = useEditorStore((s) => (s.journey?.id === journey.id ? s : null));
  const found =
    problems && withDraftPublishProblems(problems, open?.fieldDrafts ?? {}, open?.body ?? null);
  const errors = found?.filter((p) => p.severity === 'error') ?? [];
  const warnings = found?.filter((p) => p.severity === 'warning') ?? [];

  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone({
        kind: 'changed',
        journey: await flushEdits(journey.id).then(() =>
          api.call('journeys.publish', {
            id: journey.id,
            scheduledStart: toIso(start),
          }),
        ),
      });
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Modal title="Publish journey" onClose={onClose}>
      {problems === null && !error && <p role="status">Checking the journey…</p>}
      {errors.length > 0 && (
        <div role="alert" className="problems">
          <p>Fix these problems before publishing:</p>
          <ul aria-label="Problems">
            {errors.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {problems !== null && errors.length === 0 && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void publish();
          }}
        >
          <p>“{journey.name}” will go Live and can no longer be edited.</p>
          {replaces && <p role="note">{replacementNote(replaces, journey, start !== '')}</p>}
          {warnings.length > 0 && (
            <ul aria-label="Warnings" className="warnings">
              {warnings.map((p, i) => (
                <li key={i}>{problemText(p)}</li>
              ))}
            </ul>
          )}
          <label>
            Scheduled start (optional)
            <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
          </label>
          <p className="muted small">With a start time the journey is Scheduled until then.</p>
        </form>
      )}
      {error && (
        <p role="alert" className="error pre-line">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || problems === null || errors.length > 0}
          onClick={() => void publish()}
        >
          {start ? 'Schedule' : 'Publish'}
        </button>
      </div>
    </Modal>
  );
}
