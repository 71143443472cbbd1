import { useEffect } from 'react';
import { api, ClientError } from '../../api/client';
import { useEditorStore } from '../../stores/editor-store';

/** Quiet time after the last edit before saving. */
export const AUTOSAVE_DELAY_MS = 700;
const RETRY_DELAY_MS = 5_000;

let inFlight: Promise<void> | null = null;

/** Saves the working copy now, against the revision it started from; a stale one is a conflict. */
export function saveNow(): Promise<void> {
  if (inFlight) return inFlight;
  const s = useEditorStore.getState();
  if (!s.journey || !s.body || s.body === s.savedBody || s.readOnly || s.saveStatus === 'conflict')
    return Promise.resolve();
  const body = s.body;
  const id = s.journey.id;
  s.setSaveStatus('saving');
  inFlight = api
    .call('journeys.save', { id: s.journey.id, baseRevision: s.journey.revision, body })
    .then(
      (journey) => useEditorStore.getState().markSaved(journey, body),
      (error: unknown) => {
        const conflict = error instanceof ClientError && error.code === 'conflict';
        const now = useEditorStore.getState();
        if (now.journey?.id !== id) return;
        now.setSaveStatus(conflict ? 'conflict' : 'error', (error as Error).message);
      },
    )
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

/**
 * Saves the open journey's pending edits before an action that reads it from disk (publish,
 * its check, duplicate), so what is checked and published is what is on screen. Throws, with the
 * save's reason, when they cannot be saved (a conflict, a refused value): the action must wait.
 */
export async function flushEdits(journeyId: string): Promise<void> {
  if (useEditorStore.getState().journey?.id !== journeyId) return;
  await saveNow();
  // A save already in flight carried only the edits made before it started: save the rest.
  const mid = useEditorStore.getState();
  if (mid.body !== mid.savedBody) await saveNow();
  const s = useEditorStore.getState();
  if (s.journey?.id === journeyId && !s.readOnly && s.body !== s.savedBody)
    throw new Error(
      `Your latest edits are not saved${s.saveMessage ? ` (${s.saveMessage})` : ''}. Resolve that first, so the journey on screen is the one used.`,
    );
}

/** Debounced autosave while the editor is open; flushes when the editor closes or the page hides. */
export function useAutosave(): void {
  const pending = useEditorStore((s) => s.body !== s.savedBody && !s.readOnly);
  const status = useEditorStore((s) => s.saveStatus);
  const body = useEditorStore((s) => s.body);
  useEffect(() => {
    if (!pending || status === 'conflict' || status === 'saving') return;
    const timer = setTimeout(
      () => void saveNow(),
      status === 'error' ? RETRY_DELAY_MS : AUTOSAVE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [pending, status, body]);
  useEffect(() => {
    const flush = () => void saveNow();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
}
