import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { Journey, JourneyBody } from '../../../shared/model';
import { ExportControls } from '../export/ExportControls';
import { returnFocus } from '../../components/focus-return';
import { trapModalKeys } from '../../components/modal-keys';
import { NotesPanel } from './NotesPanel';
import { PresentationCanvas } from './PresentationCanvas';
import { PresentationReplay } from './PresentationReplay';
import { useSpeakerNotes } from './use-speaker-notes';
import { useWalkthrough } from './use-walkthrough';
import './presentation.css';

// Keep in step with PRESENTATION_KEYS (renderer/features/help/presentation-keys.ts), which Help lists.
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

const isField = (t: EventTarget) =>
  t instanceof HTMLElement &&
  (['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || t.isContentEditable);

/** Presentation mode: a full-screen modal with the read-only map, a walkthrough, speaker notes and the replay. */
export function PresentationView({
  journey,
  body,
  onClose,
}: {
  journey: Journey;
  body: JourneyBody;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const walk = useWalkthrough(body);
  const { notes, edit, save, status } = useSpeakerNotes(journey.id);
  const [fullscreen, setFullscreen] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    // Focus goes back to the Present button on leaving, like every Modal (issue #19: it fell to
    // the page title once the dialog was gone).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // The same Tab cycle and Escape rule as every Modal (focus may sit on the body here).
    const release = dialog ? trapModalKeys(dialog, () => closeRef.current()) : undefined;
    const onChange = () => setFullscreen(document.fullscreenElement === dialog);
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      release?.();
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      dialog?.close();
      returnFocus(opener);
    };
  }, []);

  const { next, previous, goTo } = walk;
  const lastStep = walk.steps.length - 1;
  // On the window, in the capture phase: focus may sit on the page body (a button that became
  // disabled), and the editor's own shortcuts underneath must never see these keys.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.target && isField(e.target)) ||
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        e.key === 'Escape' ||
        e.key === 'Tab'
      )
        return;
      // Space and Enter still press a focused button.
      if (
        (e.key === ' ' || e.key === 'Enter') &&
        e.target instanceof HTMLElement &&
        e.target.closest('button, a')
      )
        return;
      if (NEXT_KEYS.has(e.key)) next();
      else if (PREVIOUS_KEYS.has(e.key)) previous();
      else if (e.key === 'Home') goTo(-1);
      else if (e.key === 'End') goTo(lastStep);
      else if (ref.current?.contains(e.target as Node)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [next, previous, goTo, lastStep]);

  const close = () => {
    void save();
    onClose();
  };
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void ref.current?.requestFullscreen().catch(() => undefined);
  };
  const stepText = walk.current
    ? `Step ${walk.index + 1} of ${walk.steps.length}`
    : `Overview · ${walk.steps.length} steps`;

  return (
    <dialog
      ref={ref}
      className="presentation"
      aria-label={`Presentation: ${journey.name}`}
      onCancel={(e) => e.preventDefault()}
    >
      <header className="present-bar">
        <h2 className="present-title" title={journey.name}>
          {journey.name}
        </h2>
        <nav className="present-steps" aria-label="Walkthrough">
          <button
            type="button"
            onClick={walk.previous}
            disabled={walk.index < 0}
            aria-label="Previous step"
            title="Previous step (←)"
          >
            ←
          </button>
          <output aria-live="polite" data-testid="present-step">
            {stepText}
          </output>
          <button
            type="button"
            className="primary"
            onClick={walk.next}
            disabled={walk.index >= walk.steps.length - 1}
            aria-label="Next step"
          >
            Next →
          </button>
        </nav>
        <PresentationReplay journeyId={journey.id} />
        <span className="present-grow" />
        <ExportControls
          verb="Download"
          compact
          name={journey.name}
          getBody={() => body}
          highlightId={walk.current?.id ?? null}
        />
        {document.fullscreenEnabled && (
          <button type="button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
            {fullscreen ? 'Leave full screen' : 'Full screen'}
          </button>
        )}
        <button
          type="button"
          onClick={close}
          aria-label="Exit presentation"
          title="Exit presentation (Esc)"
        >
          Exit
        </button>
      </header>
      <div className="present-body">
        <ReactFlowProvider>
          <PresentationCanvas body={body} currentId={walk.current?.id ?? null} />
        </ReactFlowProvider>
        <NotesPanel
          journey={journey}
          node={walk.current}
          notes={notes}
          onEdit={edit}
          onSave={() => void save()}
          status={status}
        />
      </div>
    </dialog>
  );
}
