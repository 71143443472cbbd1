import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { RunState } from '../../shared/contract/simulation';
import type { SimulationResult } from '../../shared/simulation';

// Session state only: a simulation result is never saved in the journey and never enters undo.

/** The latest run of the open journey and where the replay stands. */
interface SimulationState {
  journeyId: string | null;
  runId: string | null;
  state: RunState | 'idle';
  progress: number;
  error: string | null;
  result: SimulationResult | null;
  /** Soft stop rehearsal: the new version's result. */
  successor: SimulationResult | null;
  /** Replay position in virtual days; null = the end of the run. */
  day: number | null;
  playing: boolean;
  /** Whether the Simulate panel is open (the toolbar button and the panel share it). */
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
  /** Forgets everything when another journey opens. */
  reset(journeyId: string): void;
  started(runId: string): void;
  progressed(progress: number): void;
  finished(state: RunState, result: SimulationResult | null, successor: SimulationResult | null, error: string | null): void;
  setDay(day: number | null): void;
  setPlaying(playing: boolean): void;
  clearResult(): void;
}

const idle = { runId: null, state: 'idle' as const, progress: 0, error: null, result: null, successor: null, day: null, playing: false, panelOpen: false };

export const useSimulationStore = create<SimulationState>()((set, get) => ({
  journeyId: null,
  ...idle,
  reset: (journeyId) => get().journeyId !== journeyId && set({ journeyId, ...idle }),
  started: (runId) => set({ runId, state: 'running', progress: 0, error: null }),
  progressed: (progress) => set({ progress }),
  finished: (state, result, successor, error) =>
    set(state === 'done' ? { state, progress: 1, result, successor, error: null, day: null, playing: false } : { state, error }),
  setDay: (day) => set({ day }),
  setPlaying: (playing) => set({ playing }),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  clearResult: () => set({ result: null, successor: null, day: null, playing: false }),
}));

/** Figures a node badge shows: entered up to the replay day; the rest at the end of the run. */
export interface NodeSimCounts {
  entered: number;
  completed: number;
  skipped: number;
  waiting: number;
  exited: number;
  /** True while the replay shows a day before the end. */
  partial: boolean;
}

const sumTo = (daily: readonly number[], day: number) => {
  let s = 0;
  for (let i = 0; i <= day && i < daily.length; i++) s += daily[i];
  return s;
};

/** The simulated counts of a node at the replay day, or null without a result. */
export function useNodeSimCounts(nodeId: string): NodeSimCounts | null {
  return useSimulationStore(
    useShallow((s) => {
      const n = s.result?.nodes.find((x) => x.nodeId === nodeId);
      if (!n) return null;
      if (s.day === null) return { entered: n.entered, completed: n.completed, skipped: n.skipped, waiting: n.waiting, exited: n.exited, partial: false };
      return { entered: sumTo(n.daily, s.day), completed: 0, skipped: 0, waiting: 0, exited: 0, partial: true };
    }),
  );
}

/** Traversals of an edge up to the replay day, or null without a result. */
export function useEdgeSimCount(edgeId: string): number | null {
  return useSimulationStore((s) => {
    const e = s.result?.edges.find((x) => x.edgeId === edgeId);
    if (!e) return null;
    return s.day === null ? e.count : sumTo(e.daily, s.day);
  });
}

/** The busiest edge of the run (edge widths scale against it), or 0. */
export function useMaxEdgeCount(): number {
  return useSimulationStore((s) => (s.result ? Math.max(0, ...s.result.edges.map((e) => e.count)) : 0));
}
