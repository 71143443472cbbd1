import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { RunState } from '../../shared/contract/simulation';
import {
  dayFigure,
  edgeDayFigure,
  edgeFigure,
  nodeFigure,
  waitingOnDay,
  type LastRun,
  type SavedScenario,
  type SimulationMemory,
  type SimulationResult,
} from '../../shared/simulation';

// Never saved in the journey and never in undo. Core keeps the working copy and the last run
// beside the journey (renderer/features/simulation/simulation-memory.ts), so a reload finds them.

/** What the shown result was run from, and when. */
export type LastRunInfo = Pick<LastRun, 'ranAt' | 'journeyRevision' | 'journeyPrint' | 'scenario'>;

/** What a journey's Simulate panel keeps while another journey is open: the scenario being edited and the last result. */
export interface SimulationWorkingCopy {
  scenario: SavedScenario | null;
  result: SimulationResult | null;
  successor: SimulationResult | null;
  lastRun: LastRunInfo | null;
}

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
  /** What the shown result was run from (null without one). */
  lastRun: LastRunInfo | null;
  /** The run under way: what it runs, kept as its LastRunInfo once it is done. */
  pending: Omit<LastRunInfo, 'ranAt'> | null;
  /** Why the last run could not be kept on disk, if it could not. */
  keepError: string | null;
  /** Whether core's memory of the open journey has been asked (the panel waits for it before picking a saved scenario). */
  memoryLoaded: boolean;
  /** The scenario form's working copy for the open journey (null until the panel first opens). */
  scenario: SavedScenario | null;
  /** Other journeys' working copies, restored when they open again (this session only). */
  copies: Record<string, SimulationWorkingCopy>;
  /** Replay position in virtual days; null = the end of the run. */
  day: number | null;
  playing: boolean;
  /** Whether the Simulate panel is open (the toolbar button and the panel share it). */
  panelOpen: boolean;
  setPanelOpen(open: boolean): void;
  /** Another journey opens: this one's working copy is kept aside and that one's restored. */
  reset(journeyId: string): void;
  /** Restores what core remembered for the open journey, unless this session already has its own. */
  restore(journeyId: string, memory: SimulationMemory): void;
  setScenario(scenario: SavedScenario): void;
  started(runId: string, run: Omit<LastRunInfo, 'ranAt'> | null): void;
  /** The run was kept on disk at `ranAt` (or could not be: `error`). */
  kept(ranAt: string | null, error: string | null): void;
  progressed(progress: number): void;
  finished(
    state: RunState,
    result: SimulationResult | null,
    successor: SimulationResult | null,
    error: string | null,
  ): void;
  setDay(day: number | null): void;
  setPlaying(playing: boolean): void;
  clearResult(): void;
}

const idle = {
  runId: null,
  state: 'idle' as const,
  progress: 0,
  error: null,
  result: null,
  successor: null,
  lastRun: null,
  pending: null,
  keepError: null,
  memoryLoaded: false,
  scenario: null,
  day: null,
  playing: false,
  panelOpen: false,
};

export const useSimulationStore = create<SimulationState>()((set, get) => ({
  journeyId: null,
  copies: {},
  ...idle,
  reset: (journeyId) => {
    const s = get();
    if (s.journeyId === journeyId) return;
    const copies =
      s.journeyId === null
        ? s.copies
        : {
            ...s.copies,
            [s.journeyId]: {
              scenario: s.scenario,
              result: s.result,
              successor: s.successor,
              lastRun: s.lastRun,
            },
          };
    const back = copies[journeyId];
    set({
      journeyId,
      ...idle,
      copies,
      ...(back
        ? {
            scenario: back.scenario,
            result: back.result,
            successor: back.successor,
            lastRun: back.lastRun,
            memoryLoaded: true,
            state: back.result ? 'done' : 'idle',
            progress: back.result ? 1 : 0,
          }
        : {}),
    });
  },
  restore: (journeyId, { workingCopy, lastRun }) => {
    const s = get();
    if (s.journeyId !== journeyId || s.memoryLoaded) return;
    set({
      memoryLoaded: true,
      ...(s.scenario === null && workingCopy ? { scenario: workingCopy } : {}),
      ...(s.result === null && lastRun
        ? {
            result: lastRun.result,
            successor: lastRun.successor ?? null,
            lastRun: {
              ranAt: lastRun.ranAt,
              journeyRevision: lastRun.journeyRevision,
              // Without the print, staleness falls back to the revision: moving a card would mark it stale.
              ...(lastRun.journeyPrint ? { journeyPrint: lastRun.journeyPrint } : {}),
              scenario: lastRun.scenario,
            },
            state: 'done',
            progress: 1,
          }
        : {}),
    });
  },
  setScenario: (scenario) => set({ scenario }),
  started: (runId, pending) =>
    set({ runId, pending, state: 'running', progress: 0, error: null, keepError: null }),
  kept: (ranAt, keepError) => {
    const { lastRun } = get();
    set({ keepError, lastRun: lastRun && ranAt ? { ...lastRun, ranAt } : lastRun });
  },
  progressed: (progress) => set({ progress }),
  finished: (state, result, successor, error) =>
    set(
      state === 'done'
        ? {
            state,
            progress: 1,
            result,
            successor,
            error: null,
            day: null,
            playing: false,
            lastRun: get().pending && { ...get().pending!, ranAt: new Date().toISOString() },
          }
        : { state, error },
    ),
  setDay: (day) => set({ day }),
  setPlaying: (playing) => set({ playing }),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  clearResult: () =>
    set({ result: null, successor: null, lastRun: null, day: null, playing: false }),
}));

/** Figures a node badge shows: entered up to the replay day; the rest at the end of the run. */
export interface NodeSimCounts {
  /** The journey's unit: accounts in an account journey, people otherwise. */
  unit: SimulationResult['unit'];
  /** What the node acts on (people on a split-by-people path or for a people action). */
  level: 'account' | 'people';
  entered: number;
  completed: number;
  skipped: number;
  waiting: number;
  exited: number;
  /** The figures as shown, with units from the shared formatter ("3 accounts · 6 people · 9 visits"). */
  enteredText: string;
  skippedText: string;
  waitingText: string;
  /** Why the node's step is skipped, when it is. */
  skipReason: string | null;
  /** Split by people: accounts that arrived with no people and ended here (end of run). */
  noPeople: number;
  /** True while the replay shows a day before the end. */
  partial: boolean;
}

const sumTo = (daily: readonly number[], day: number) => {
  let s = 0;
  for (let i = 0; i <= day && i < daily.length; i++) s += daily[i];
  return s;
};

type NodeFigures = SimulationResult['nodes'][number];
type EdgeFigures = SimulationResult['edges'][number];

/** Per-result lookups, built once per result: every card and edge reads its figures by id, not by a scan. */
interface ResultIndex {
  nodes: Map<string, NodeFigures>;
  edges: Map<string, EdgeFigures>;
  /** Edges by the name of the step they leave (names are told apart, as in every list). */
  outEdges: Map<string, EdgeFigures[]>;
  maxEdgeCount: number;
}
const indexes = new WeakMap<SimulationResult, ResultIndex>();

function indexOf(result: SimulationResult): ResultIndex {
  let index = indexes.get(result);
  if (!index) {
    let maxEdgeCount = 0;
    const outEdges = new Map<string, EdgeFigures[]>();
    for (const e of result.edges) {
      maxEdgeCount = Math.max(maxEdgeCount, e.count);
      if (e.from !== undefined) outEdges.set(e.from, [...(outEdges.get(e.from) ?? []), e]);
    }
    index = {
      outEdges,
      nodes: new Map(result.nodes.map((n) => [n.nodeId, n] as const)),
      edges: new Map(result.edges.map((e) => [e.edgeId, e] as const)),
      maxEdgeCount,
    };
    indexes.set(result, index);
  }
  return index;
}

/**
 * The simulated counts of a node at the replay day, or null without a result. `waits`: the node is
 * a Wait (or Wait for event), so a replay day shows what waits in it as of that day.
 */
export function useNodeSimCounts(nodeId: string, waits = false): NodeSimCounts | null {
  return useSimulationStore(
    useShallow((s) => {
      const r = s.result;
      const index = r ? indexOf(r) : undefined;
      const n = index?.nodes.get(nodeId);
      if (!r || !n) return null;
      const base = {
        unit: r.unit,
        level: n.level,
        skipReason: n.skipReason ?? null,
        noPeople: s.day === null ? (n.noPeople ?? 0) : 0,
      };
      if (s.day === null)
        return {
          ...base,
          entered: n.entered,
          completed: n.completed,
          skipped: n.skipped,
          waiting: n.waiting,
          exited: n.exited,
          enteredText: nodeFigure(r, n),
          skippedText: nodeFigure(r, n, 'skipped'),
          waitingText: nodeFigure(r, n, 'waiting'),
          partial: false,
        };
      // A replay day has daily entries only: units while every visit was a first one, else visits.
      // An unconfigured step skips every visit as it enters, so skipped so far = entered so far.
      const held =
        waits && n.name !== undefined
          ? waitingOnDay(r, n, index?.outEdges.get(n.name) ?? [], s.day)
          : null;
      const enteredText = dayFigure(r, n, s.day);
      const entered = sumTo(n.daily, s.day);
      return {
        ...base,
        entered,
        completed: 0,
        skipped: n.skipped > 0 ? entered : 0,
        waiting: held?.waiting ?? 0,
        exited: 0,
        enteredText,
        skippedText: n.skipped > 0 ? enteredText : '',
        waitingText: held?.waitingText ?? '',
        partial: true,
      };
    }),
  );
}

/** An edge's traversals up to the replay day (in the journey's unit, with people in account journeys), or null without a result. */
export function useEdgeSimFigures(edgeId: string): { count: number; text: string } | null {
  return useSimulationStore(
    useShallow((s) => {
      const e = s.result ? indexOf(s.result).edges.get(edgeId) : undefined;
      if (!s.result || !e) return null;
      return {
        count: s.day === null ? e.count : sumTo(e.daily, s.day),
        // With units (and visits when a Go to brought some back), from the shared formatter.
        text: s.day === null ? edgeFigure(s.result, e) : edgeDayFigure(s.result, e, s.day),
      };
    }),
  );
}

/** The busiest edge of the run (edge widths scale against it), or 0. */
export function useMaxEdgeCount(): number {
  return useSimulationStore((s) => (s.result ? indexOf(s.result).maxEdgeCount : 0));
}
