import { useEffect } from 'react';
import { behaviourProblem } from '../../../shared/simulation';
import { api } from '../../api/client';
import { useSimulationStore } from '../../stores/simulation-store';

/** Edits settle this long before the working copy is written (typing must not write per key). */
const SAVE_AFTER_MS = 300;

/**
 * Brings back what core remembers for the open journey (the scenario form's working copy and the
 * last result) and keeps the working copy as it is edited, so a reload or a restart is the same to
 * a user as leaving the editor and coming back. The last run is kept when it finishes
 * (use-simulation-run.ts).
 */
export function useSimulationMemory(journeyId: string | undefined): void {
  useEffect(() => {
    if (!journeyId) return;
    let live = true;
    const restore = useSimulationStore.getState().restore;
    api.call('simulation.memory', { journeyId }).then(
      (memory) => live && restore(journeyId, memory),
      // Nothing to restore is not an error a user can act on: the panel starts as new.
      () => live && restore(journeyId, { workingCopy: null, lastRun: null }),
    );
    let timer: number | undefined;
    const unsubscribe = useSimulationStore.subscribe((s, prev) => {
      if (s.journeyId !== journeyId || prev.journeyId !== journeyId) return;
      if (!s.scenario || s.scenario === prev.scenario) return;
      const scenario = s.scenario;
      window.clearTimeout(timer);
      // Clicks above opens: the form shows why and Run waits; core would refuse the copy too, so
      // the last accepted working copy stays until the user fixes it (no second message).
      if (behaviourProblem(scenario.behaviour)) return;
      timer = window.setTimeout(() => {
        api.call('simulation.saveWorkingCopy', { journeyId, scenario }).then(
          () => useSimulationStore.getState().kept(null, null),
          (e: Error) =>
            useSimulationStore
              .getState()
              .kept(null, `The scenario settings could not be kept: ${e.message}`),
        );
      }, SAVE_AFTER_MS);
    });
    return () => {
      live = false;
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [journeyId]);
}
