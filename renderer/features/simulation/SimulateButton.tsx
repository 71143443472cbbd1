import { useEffect } from 'react';
import { focusWhenShown } from '../../components/focus-return';
import { useEditorJourney } from '../../stores/editor-selectors';
import { useSimulationStore } from '../../stores/simulation-store';
import { useSimulationMemory } from './simulation-memory';

/** The Simulate panel's heading, where focus goes when the panel opens. */
const SIMULATION_HEADING = '#simulation-panel h2';

/**
 * The toolbar's "Simulate" button: opens the Simulate panel (which closes itself with "Close
 * simulation"). Always mounted with the editor, it also forgets another journey's run when a
 * journey opens and brings back what core remembers of this one — the panel itself loads lazily
 * and may mount after the first click.
 */
export function SimulateButton() {
  const journeyId = useEditorJourney()?.id;
  const open = useSimulationStore((s) => s.panelOpen);
  useEffect(() => {
    if (journeyId) useSimulationStore.getState().reset(journeyId);
  }, [journeyId]);
  useSimulationMemory(journeyId);
  return (
    <button
      type="button"
      className="primary sim-toggle"
      aria-expanded={open}
      aria-controls="simulation-panel"
      disabled={open}
      onClick={() => {
        useSimulationStore.getState().setPanelOpen(true);
        // The button is disabled while the panel is open: focus goes to the panel's heading.
        focusWhenShown(() => document.querySelector<HTMLElement>(SIMULATION_HEADING));
      }}
    >
      Simulate
    </button>
  );
}
