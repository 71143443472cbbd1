import { useSimulationStore } from '../../stores/simulation-store';

/** The toolbar's "Simulate" button: opens the Simulate panel (which closes itself with "Close simulation"). */
export function SimulateButton() {
  const open = useSimulationStore((s) => s.panelOpen);
  return (
    <button type="button" className="primary sim-toggle" aria-expanded={open} aria-controls="simulation-panel" disabled={open} onClick={() => useSimulationStore.getState().setPanelOpen(true)}>
      Simulate
    </button>
  );
}
