import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

// Which parts of the app frame are collapsed. Remembered for this user on this machine
// (localStorage of the app's profile), never part of a journey.

/** How many journeys' Problems-list choices are kept (the most recently set). */
export const REMEMBERED_PROBLEM_LISTS = 100;

interface LayoutState {
  navCollapsed: boolean;
  paletteCollapsed: boolean;
  sidePanelCollapsed: boolean;
  /** The map's mini map, hidden by the user (Hide mini map). */
  miniMapHidden: boolean;
  /** Journeys whose Problems list the user left open (by journey id); others open closed. */
  problemsOpen: Record<string, true>;
  toggle(key: 'navCollapsed' | 'paletteCollapsed' | 'sidePanelCollapsed' | 'miniMapHidden'): void;
  /** Remembers for that journey only whether its Problems list is open. */
  rememberProblemsOpen(journeyId: string, open: boolean): void;
}

/** The set of open lists with `journeyId` set or removed, newest last, at most the limit. */
function withProblemsOpen(
  list: Record<string, true>,
  journeyId: string,
  open: boolean,
): Record<string, true> {
  const { [journeyId]: _old, ...rest } = list;
  const ids = Object.keys(rest);
  const kept = open ? ids.slice(-(REMEMBERED_PROBLEM_LISTS - 1)) : ids;
  const next: Record<string, true> = {};
  for (const id of kept) next[id] = true;
  if (open) next[journeyId] = true;
  return next;
}

export const useLayoutStore = create<LayoutState>()(
  persist(
    (set) => ({
      navCollapsed: false,
      paletteCollapsed: false,
      sidePanelCollapsed: false,
      miniMapHidden: false,
      problemsOpen: {},
      toggle: (key) => set((s) => ({ [key]: !s[key] })),
      rememberProblemsOpen: (journeyId, open) =>
        set((s) => ({ problemsOpen: withProblemsOpen(s.problemsOpen, journeyId, open) })),
    }),
    {
      name: 'journey-studio.layout',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({
        navCollapsed,
        paletteCollapsed,
        sidePanelCollapsed,
        miniMapHidden,
        problemsOpen,
      }) => ({
        navCollapsed,
        paletteCollapsed,
        sidePanelCollapsed,
        miniMapHidden,
        problemsOpen,
      }),
    },
  ),
);
