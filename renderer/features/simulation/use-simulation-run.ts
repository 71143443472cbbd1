import { useCallback, useEffect, useRef } from 'react';
import type { SavedScenario } from '../../../shared/simulation';
import { api } from '../../api/client';
import { useSimulationStore } from '../../stores/simulation-store';

const POLL_MS = 150;

/** Soft stop rehearsal target. */
export interface SoftStop {
  journeyId: string;
  atDay: number;
}

/** Starts runs through the contract and polls their status into the simulation store. */
export function useSimulationRun(journeyId: string) {
  const timer = useRef<number | null>(null);
  const stopPolling = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => stopPolling, []);

  const poll = useCallback((runId: string) => {
    const s = useSimulationStore.getState();
    api.call('simulation.status', { runId }).then(
      (status) => {
        if (useSimulationStore.getState().runId !== runId) return;
        if (status.state === 'running') {
          s.progressed(status.progress);
          timer.current = window.setTimeout(() => poll(runId), POLL_MS);
        } else
          s.finished(
            status.state,
            status.result ?? null,
            status.successor ?? null,
            status.error?.message ?? null,
          );
      },
      (e: Error) => s.finished('failed', null, null, e.message),
    );
  }, []);

  const run = useCallback(
    async (scenario: SavedScenario, softStop: SoftStop | null) => {
      stopPolling();
      const s = useSimulationStore.getState();
      try {
        const { runId } = await api.call('simulation.start', {
          journeyId,
          scenario,
          ...(softStop ? { softStopOnto: softStop } : {}),
        });
        s.started(runId);
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
