import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SavedScenario } from '../../../shared/simulation';
import { api } from '../../api/client';
import { useSimulationStore } from '../../stores/simulation-store';
import { ReplayScrubber } from '../simulation/ReplayScrubber';
import { useSimulationRun } from '../simulation/use-simulation-run';

/** Runs a saved scenario from the presentation and replays it; counts show on the nodes and edges. */
export function PresentationReplay({ journeyId }: { journeyId: string }) {
  const id = useId();
  const [saved, setSaved] = useState<SavedScenario[]>([]);
  const [chosen, setChosen] = useState('');
  const { state, result, error } = useSimulationStore(
    useShallow((s) => ({
      state: s.state,
      result: s.journeyId === journeyId ? s.result : null,
      error: s.error,
    })),
  );
  const { run } = useSimulationRun(journeyId);

  useEffect(() => {
    useSimulationStore.getState().reset(journeyId);
    api.call('scenarios.list', { journeyId }).then(
      (list) => {
        setSaved(list);
        setChosen((c) => c || (list[0]?.name ?? ''));
      },
      () => setSaved([]),
    );
  }, [journeyId]);

  const scenario = saved.find((s) => s.name === chosen);
  return (
    <div className="present-replay">
      {saved.length > 0 ? (
        <>
          <label htmlFor={id} className="small present-replay-label">
            Scenario
          </label>
          <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {saved.map((s) => (
              <option key={s.name}>{s.name}</option>
            ))}
          </select>
          <button
            type="button"
            aria-label="Run scenario"
            title="Run the scenario and replay it"
            disabled={!scenario || state === 'running'}
            onClick={() => scenario && void run(scenario, null)}
          >
            {state === 'running' ? 'Simulating…' : result ? 'Run' : 'Run scenario'}
          </button>
        </>
      ) : (
        <span
          className="small muted"
          title="No saved scenario: save one in the Simulate panel to replay it here."
        >
          No saved scenario: save one in the Simulate panel to replay it here.
        </span>
      )}
      {result && <ReplayScrubber horizonDays={result.horizonDays} />}
      {error && (
        <span role="alert" className="error small">
          {error}
        </span>
      )}
    </div>
  );
}
