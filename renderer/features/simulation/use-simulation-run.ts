import { useCallback, useEffect, useRef } from 'react';
import type { Journey } from '../../../shared/model';
import {
  journeyPrint,
  type SavedScenario,
  type SimulationResult,
} from '../../../shared/simulation';
import { api } from '../../api/client';
import { useSimulationStore } from '../../stores/simulation-store';

const POLL_MS = 150;

/** Soft stop rehearsal target. */
export interface SoftStop {
  journeyId: string;
  atDay: number;
}

/** Keeps a finished run on disk as the journey's last result; says so when it cannot. */
function keepRun(journeyId: string, result: SimulationResult, successor: SimulationResult | null) {
  const s = useSimulationStore.getState();
  if (!s.pending) return;
  const { scenario, journeyRevision, journeyPrint } = s.pending;
  api
    .call('simulation.saveLastRun', {
      journeyId,
      journeyRevision,
      ...(journeyPrint ? { journeyPrint } : {}),
      scenario,
      result,
      ...(successor ? { successor } : {}),
    })
    .then(
      (memory) => s.kept(memory.lastRun?.ranAt ?? null, null),
      (e: Error) => s.kept(null, `This result could not be kept for the next visit: ${e.message}`),
    );
}

/** Starts runs through the contract, polls their status into the simulation store and keeps the result. */
export function useSimulationRun(journeyId: string) {
  const timer = useRef<number | null>(null);
  const stopPolling = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => stopPolling, []);

  const poll = useCallback(
    (runId: string) => {
      const s = useSimulationStore.getState();
      api.call('simulation.status', { runId }).then(
        (status) => {
          if (useSimulationStore.getState().runId !== runId) return;
          if (status.state === 'running') {
            s.progressed(status.progress);
            timer.current = window.setTimeout(() => poll(runId), POLL_MS);
          } else {
            s.finished(
              status.state,
              status.result ?? null,
              status.successor ?? null,
              status.error?.message ?? null,
            );
            if (status.state === 'done' && status.result)
              keepRun(journeyId, status.result, status.successor ?? null);
          }
        },
        (e: Error) => s.finished('failed', null, null, e.message),
      );
    },
    [journeyId],
  );

  const run = useCallback(
    /** With the journey (as run), the finished run is kept as its last result (the editor's runs). */
    async (scenario: SavedScenario, softStop: SoftStop | null, journey?: Journey) => {
      stopPolling();
      const s = useSimulationStore.getState();
      try {
        const { runId } = await api.call('simulation.start', {
          journeyId,
          scenario,
          ...(softStop ? { softStopOnto: softStop } : {}),
        });
        s.started(
          runId,
          journey
            ? { scenario, journeyRevision: journey.revision, journeyPrint: journeyPrint(journey) }
            : null,
        );
        poll(runId);
      } catch (e) {
        s.finished('failed', null, null, (e as Error).message);
      }
    },
    [journeyId, poll],
  );

  const cancel = useCallback(async () => {
    const runId = useSimulationStore.getState().runId;
    if (runId) await api.call('simulation.cancel', { runId });
  }, []);

  return { run, cancel };
}
