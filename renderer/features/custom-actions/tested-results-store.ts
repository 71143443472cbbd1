import { create } from 'zustand';

interface TestedResultsState {
  /** The response of the last successful function Test of each Data Key (session state, never saved). */
  byDataKey: Record<string, unknown>;
  record: (dataKey: string, response: unknown) => void;
}

/** Last function Test results, so a Gate's Preview starts from what the Action really returned. */
export const useTestedResults = create<TestedResultsState>((set) => ({
  byDataKey: {},
  record: (dataKey, response) =>
    set((s) => ({ byDataKey: { ...s.byDataKey, [dataKey]: response } })),
}));
