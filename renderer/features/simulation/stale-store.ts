import { create } from 'zustand';

/**
 * Why the result drawn on the map no longer matches the journey or the scenario (null when it
 * still does). SimulationDock works it out with `lastRunStaleness`; badges, edges and the map
 * note read it, so they are marked stale exactly when the panel says "Stale: …".
 */
export const useResultStale = create<{ reason: string | null }>(() => ({ reason: null }));

export const setResultStale = (reason: string | null) => {
  if (useResultStale.getState().reason !== reason) useResultStale.setState({ reason });
};
