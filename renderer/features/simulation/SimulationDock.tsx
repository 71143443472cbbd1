import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Journey, JourneySummary } from '../../../shared/model';
import {
  expectedFrom,
  lastRunStaleness,
  scenarioSaveState,
  type SavedScenario,
} from '../../../shared/simulation';
import { api } from '../../api/client';
import { useSimulationStore } from '../../stores/simulation-store';
import { focusWhenShown } from '../../components/focus-return';
import { ResultsView } from './ResultsView';
import { LastRunNote } from './LastRunNote';
import { setResultStale } from './stale-store';
import { StaleMapNote } from './StaleMapNote';
import { UnsavedValuesNote, useUnsavedValues } from './UnsavedValuesNote';
import { ScenarioBar } from './ScenarioBar';
import { defaultScenario } from './scenario-defaults';
import { ScenarioForm } from './ScenarioForm';
import { FieldValidity, useFieldErrors } from './field-validity';
import { SoftStopField } from './SoftStopField';
import { useSettingsOpen } from './settings-open';
import { useSimulationRun, type SoftStop } from './use-simulation-run';
import './simulation.css';

/** The Simulate panel of the journey editor (opened by SimulateButton): scenarios, run with progress and cancel, results. */
export function SimulationDock({ journey }: { journey: Journey }) {
  const open = useSimulationStore((s) => s.panelOpen);
  const setOpen = useSimulationStore.getState().setPanelOpen;
  const [saved, setSaved] = useState<SavedScenario[]>([]);
  // Until the list is in, whether the last run's settings were saved is unknown: nothing is said.
  const [savedLoaded, setSavedLoaded] = useState(false);
  // The scenario form's working copy lives in the session store, per journey: leaving the editor
  // and coming back restores it (and the last result) instead of silently starting over.
  const stored = useSimulationStore((s) => (s.journeyId === journey.id ? s.scenario : null));
  const scenario = stored ?? defaultScenario(journey);
  const setScenario = useSimulationStore.getState().setScenario;
  const memoryLoaded = useSimulationStore((s) => s.memoryLoaded);
  const [versions, setVersions] = useState<JourneySummary[]>([]);
  const [softStop, setSoftStop] = useState<SoftStop | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Bumped when a scenario is picked or started: the form is built afresh, so no field keeps text
  // typed into the scenario it replaced (the fields show the scenario that will run).
  const [formKey, setFormKey] = useState(0);
  const replaceScenario = (s: SavedScenario) => {
    setScenario(s);
    setFormKey((k) => k + 1);
  };
  const { state, progress, error, result, lastRun, keepError } = useSimulationStore(
    useShallow((s) => ({
      state: s.state,
      progress: s.progress,
      error: s.error,
      result: s.result,
      lastRun: s.lastRun,
      keepError: s.keepError,
    })),
  );
  const { run, cancel } = useSimulationRun(journey.id);
  // Worked out again only when the journey, the scenario or the run changes (a fingerprint of the flow).
  const stale = useMemo(
    () => (result && lastRun ? lastRunStaleness(lastRun, journey, scenario) : null),
    [result, lastRun, journey, scenario],
  );
  useEffect(() => setResultStale(state === 'running' ? null : stale), [stale, state]);
  // Against the scenarios saved now: saving the edited settings after the run makes it a saved run.
  const runSaveState = lastRun && savedLoaded ? scenarioSaveState(saved, lastRun.scenario) : null;
  // Scenario fields holding text they refuse: Run and Save wait until they are fixed.
  const invalid = useFieldErrors();
  const refused = invalid.messages.length > 0;
  const settings = useSettingsOpen(result, refused);

  useEffect(() => {
    // Waits for core's memory: a remembered working copy wins over the first saved scenario.
    if (!open || !memoryLoaded) return;
    api.call('scenarios.list', { journeyId: journey.id }).then(
      (list) => {
        setSaved(list);
        setSavedLoaded(true);
        // A first opening picks the first saved scenario; an edited working copy is never replaced.
        if (list[0] && useSimulationStore.getState().scenario === null) setScenario(list[0]);
      },
      (e: Error) => setNotice(e.message),
    );
    api.call('journeys.versions', { lineageId: journey.lineageId }).then(
      (v) => setVersions(v.filter((x) => x.id !== journey.id)),
      () => setVersions([]),
    );
  }, [open, memoryLoaded, journey.id, journey.lineageId, setScenario]);

  const save = async (s: SavedScenario) => {
    try {
      setSaved(await api.call('scenarios.save', { journeyId: journey.id, scenario: s }));
      setScenario(s);
      setNotice(`Saved “${s.name}”.`);
    } catch (e) {
      setNotice((e as Error).message);
    }
  };
  const remove = async () => {
    try {
      setSaved(await api.call('scenarios.delete', { journeyId: journey.id, name: scenario.name }));
      setNotice(`Deleted “${scenario.name}”.`);
    } catch (e) {
      setNotice((e as Error).message);
    }
  };
  const running = state === 'running';
  const runButton = useRef<HTMLButtonElement>(null);
  const unsaved = useUnsavedValues();

  return (
    <>
      <StaleMapNote />
      {open && (
        <aside id="simulation-panel" className="sim-panel" aria-label="Simulation">
          <div className="sim-panel-head">
            <h2 title={journey.name}>Simulate “{journey.name}”</h2>
            <button
              type="button"
              aria-expanded
              aria-controls="simulation-panel"
              onClick={() => {
                setOpen(false);
                // Back to the Simulate button that opened the panel (enabled again once it closes).
                focusWhenShown(() => document.querySelector<HTMLElement>('.sim-toggle:enabled'));
              }}
            >
              Close simulation
            </button>
          </div>
          <ScenarioBar
            saved={saved}
            current={scenario}
            busy={running}
            invalid={refused}
            onPick={replaceScenario}
            onNew={() => replaceScenario(defaultScenario(journey, `Scenario ${saved.length + 1}`))}
            onSave={() => void save(scenario)}
            onDelete={() => void remove()}
          />
          {notice && (
            <p role="status" className="small">
              {notice}
            </p>
          )}
          <FieldValidity.Provider value={invalid.report}>
            <details
              open={settings.open}
              onToggle={(e) => settings.setOpen((e.target as HTMLDetailsElement).open)}
            >
              <summary>Scenario settings</summary>
              <ScenarioForm
                key={formKey}
                journey={journey}
                value={scenario}
                onChange={setScenario}
              />
              <SoftStopField versions={versions} value={softStop} onChange={setSoftStop} />
            </details>
          </FieldValidity.Provider>
          {refused && (
            <div role="alert" className="error" id="scenario-field-errors">
              Fix the scenario before running it:
              <ul>
                {invalid.messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          )}
          <UnsavedValuesNote id="simulation-unsaved-values" lines={unsaved} />
          <div className="sim-row sim-run">
            {/* aria-disabled while running, not disabled: focus stays on Run through the run. */}
            <button
              ref={runButton}
              type="button"
              className="primary"
              disabled={refused}
              aria-disabled={running || undefined}
              aria-describedby={
                [
                  refused ? 'scenario-field-errors' : '',
                  unsaved.length > 0 ? 'simulation-unsaved-values' : '',
                ]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              onClick={() => {
                if (!running) void run(scenario, softStop, journey);
              }}
            >
              Run simulation
            </button>
            <button
              type="button"
              disabled={!running}
              onClick={() => {
                // Cancel is disabled once the run stops: focus goes back to Run.
                runButton.current?.focus();
                void cancel();
              }}
            >
              Cancel
            </button>
            <progress aria-label="Simulation progress" max={1} value={progress} />
            <span className="small muted">
              {running
                ? `${Math.round(progress * 100)}%`
                : state === 'cancelled'
                  ? 'Cancelled'
                  : state === 'done'
                    ? 'Done'
                    : ''}
            </span>
          </div>
          {error && (
            <p role="alert" className="error pre-line">
              {error}
            </p>
          )}
          {keepError && (
            <p role="alert" className="error">
              {keepError}
            </p>
          )}
          {result && lastRun && !running && (
            <LastRunNote lastRun={lastRun} stale={stale} saveState={runSaveState} />
          )}
          {result && (
            <ResultsView
              journey={journey}
              result={result}
              run={
                lastRun && runSaveState
                  ? { scenario: lastRun.scenario, saveState: runSaveState }
                  : null
              }
              onSaveExpected={() => void save({ ...scenario, expected: expectedFrom(result) })}
            />
          )}
        </aside>
      )}
    </>
  );
}
