import { ReactFlowProvider } from '@xyflow/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Journey } from '../../../shared/model';
import { api } from '../../api/client';
import { PanelToggles, usePanelClasses } from '../../app/PanelToggles';
import { hrefOf } from '../../app/router';
import { useEditorStore } from '../../stores/editor-store';
import { useEditorJourney } from '../../stores/editor-selectors';
import { InspectorPanel } from '../inspector/InspectorPanel';
import { JourneyHeader } from '../journey-header/JourneyHeader';
import { ReadOnlyBanner } from '../journey-header/ReadOnlyBanner';
import { AddNodeMenu } from './AddNodeMenu';
import { ConfirmDeleteDialog } from './dialogs/ConfirmDeleteDialog';
import { ConflictDialog } from './dialogs/ConflictDialog';
import { ShortcutsDialog } from './dialogs/ShortcutsDialog';
import { JourneyCanvas } from './JourneyCanvas';
import { Palette } from './Palette';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { useProblems, useValidationContext } from './problems/use-problems';
import { EditorToolbar } from './toolbar/EditorToolbar';
import { saveNow, useAutosave } from './use-autosave';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

// The Simulate panel (with its chart library) loads on its own, off the path to the first canvas frame.
const SimulationDock = lazy(() =>
  import('../simulation/SimulationDock').then((m) => ({ default: m.SimulationDock })),
);

/** The loaded editor: header, toolbar, palette, map, inspector and problems. */
function Editor({ journey }: { journey: Journey }) {
  const validation = useValidationContext();
  const { workspace } = validation;
  const problems = useProblems(validation);
  const readOnly = useEditorStore((s) => s.readOnly);
  const panels = usePanelClasses();
  useAutosave();
  useKeyboardShortcuts();
  return (
    <section className="editor" aria-labelledby="journey-name">
      <JourneyHeader
        journey={journey}
        onJourneyChanged={(j) => useEditorStore.getState().adoptJourney(j)}
      />
      <ReadOnlyBanner journey={journey} />
      <EditorToolbar problemCount={problems.length} />
      <div className={`editor-body${readOnly ? ' read-only' : ''}${panels}`}>
        <PanelToggles palette={!readOnly} />
        {!readOnly && <Palette />}
        <div className="canvas-column">
          <JourneyCanvas problems={problems} />
        </div>
        <InspectorPanel workspace={workspace} problems={problems} />
        {/* Docked under the map (a grid row, styles.css), but after the side panel in Tab order:
            map, then the selected node's settings, then the list (issue #19). */}
        <ProblemsPanel problems={problems} />
      </div>
      <AddNodeMenu />
      <ConfirmDeleteDialog />
      <ConflictDialog />
      <ShortcutsDialog />
      <Suspense fallback={null}>
        <SimulationDock journey={journey} />
      </Suspense>
    </section>
  );
}

/** One journey: loads it into the editor store and shows the editor. */
export function EditorPage({ id }: { id: string }) {
  const journey = useEditorJourney();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // The journey left behind saves its pending edits first (the editor's unmount flushed them),
    // so opening it again shows them and its save never lands on this one.
    saveNow()
      .then(() => api.call('journeys.get', { id }))
      .then(
        (j) => {
          if (!live) return;
          performance.mark('journey-loaded');
          useEditorStore.getState().loadJourney(j);
        },
        (e: Error) => live && setError(e.message),
      );
    return () => {
      live = false;
    };
  }, [id]);

  if (error)
    return (
      <section className="page">
        <p role="alert" className="error">
          {error}
        </p>
        <a href={hrefOf({ page: 'journeys' })}>Back to Journeys</a>
      </section>
    );
  if (!journey || journey.id !== id)
    return (
      <p role="status" className="page">
        Loading journey…
      </p>
    );
  return (
    <ReactFlowProvider>
      <Editor key={journey.id} journey={journey} />
    </ReactFlowProvider>
  );
}
