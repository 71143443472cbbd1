import { useReactFlow } from '@xyflow/react';
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

/** Undo/redo, layout, view, export, problems and help, and the save state. */
export function EditorToolbar({ problemCount }: { problemCount: number }) {
  const { canUndo, canRedo, undoLabel, redoLabel } = useHistoryState();
  const readOnly = useReadOnly();
  const journey = useEditorJourney();
  const { undo, redo, setProblemsOpen, setHelpOpen } = useEditorActions();
  const problemsOpen = useEditorStore((s) => s.problemsOpen);
  const zoomToFit = useZoomToFit();
  const sizes = useMeasuredSizes();
  return (
    <div role="toolbar" aria-label="Canvas" className="canvas-toolbar">
      <button
        type="button"
        onClick={undo}
        disabled={!canUndo}
        aria-label="Undo"
        title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        aria-label="Redo"
        title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'}
      >
        ↷ Redo
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
        onClick={() => setProblemsOpen(!problemsOpen)}
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
