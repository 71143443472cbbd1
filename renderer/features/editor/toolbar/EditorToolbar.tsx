import { useReactFlow } from '@xyflow/react';
import { useRef } from 'react';
import { focusWhenShown } from '../../../components/focus-return';
import { useSmallerThan } from '../../../components/use-smaller-than';
import type { Size } from '../../../../shared/graph';
import { useEditorStore } from '../../../stores/editor-store';
import {
  useEditorActions,
  useEditorJourney,
  useHistoryState,
  useReadOnly,
} from '../../../stores/editor-selectors';
import { useZoomToFit } from '../canvas-view';
import { tidyUp } from '../editor-actions';
import { ExportControls } from '../../export/ExportControls';
import { SaveIndicator } from './SaveIndicator';
import { PresentButton } from '../../presentation/PresentButton';
import { SimulateButton } from '../../simulation/SimulateButton';

/** Sizes React Flow measured, for a layout that fits the real cards. */
export function useMeasuredSizes(): () => Map<string, Size> {
  const { getNodes } = useReactFlow();
  return () =>
    new Map(
      getNodes().map((n) => [
        n.id,
        { width: n.measured?.width ?? 220, height: n.measured?.height ?? 84 },
      ]),
    );
}

/** Below this width the toolbar's words would wrap: some buttons show their icon only. */
const FULL_TOOLBAR = { width: 1100 };

/**
 * Undo/redo, layout, view, export, problems and help, and the save state, on one line: when the
 * window is narrow (1,024 px), Undo, Redo and Present show their icon only and Export its
 * format; their accessible names stay whole.
 */
export function EditorToolbar({ problemCount }: { problemCount: number }) {
  const { canUndo, canRedo, undoLabel, redoLabel } = useHistoryState();
  const readOnly = useReadOnly();
  const journey = useEditorJourney();
  const { undo, redo, setProblemsOpen, setHelpOpen } = useEditorActions();
  const problemsOpen = useEditorStore((s) => s.problemsOpen);
  const zoomToFit = useZoomToFit();
  const sizes = useMeasuredSizes();
  const bar = useRef<HTMLDivElement>(null);
  const narrow = useSmallerThan(bar, FULL_TOOLBAR);
  return (
    <div
      ref={bar}
      role="toolbar"
      aria-label="Canvas"
      className={`canvas-toolbar${narrow ? ' narrow' : ''}`}
    >
      <button
        type="button"
        onClick={undo}
        disabled={!canUndo}
        aria-label="Undo"
        title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}
      >
        ↶<span className="toolbar-text"> Undo</span>
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        aria-label="Redo"
        title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'}
      >
        ↷<span className="toolbar-text"> Redo</span>
      </button>
      <span className="toolbar-sep" />
      <button
        type="button"
        disabled={readOnly}
        onClick={() => {
          tidyUp(sizes());
          requestAnimationFrame(() => zoomToFit());
        }}
      >
        Tidy up
      </button>
      <button type="button" onClick={() => zoomToFit()}>
        Zoom to fit
      </button>
      <ExportControls
        compact={narrow}
        verb="Export"
        name={journey?.name ?? 'journey'}
        getBody={() => useEditorStore.getState().body}
      />
      <PresentButton />
      <SimulateButton />
      <span className="toolbar-grow" />
      <SaveIndicator />
      <button
        type="button"
        aria-label="Problems"
        aria-pressed={problemsOpen}
        // Closing the Problems list returns focus here.
        data-problems-toggle
        onClick={() => {
          setProblemsOpen(!problemsOpen);
          // Opening moves focus into the list (its first problem), not 30-60 Tab stops away.
          if (!problemsOpen)
            focusWhenShown(() =>
              document.querySelector<HTMLElement>(
                problemCount ? '.problems-panel li button' : '.problems-panel header button',
              ),
            );
        }}
        className={problemCount ? 'has-problems' : ''}
      >
        Problems <span className="count">{problemCount}</span>
      </button>
      <button
        type="button"
        aria-label="Keyboard shortcuts"
        onClick={() => setHelpOpen(true)}
        title="Keyboard shortcuts (?)"
      >
        ⌨
      </button>
    </div>
  );
}
