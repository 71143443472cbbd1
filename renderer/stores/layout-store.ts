import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

// Which parts of the app frame are collapsed. Remembered for this user on this machine
// (localStorage of the app's profile), never part of a journey.

interface LayoutState {
  navCollapsed: boolean;
  paletteCollapsed: boolean;
  sidePanelCollapsed: boolean;
  toggle(key: 'navCollapsed' | 'paletteCollapsed' | 'sidePanelCollapsed'): void;
}

export const useLayoutStore = create<LayoutState>()(
  persist(
    (set) => ({
      navCollapsed: false,
      paletteCollapsed: false,
      sidePanelCollapsed: false,
      toggle: (key) => set((s) => ({ [key]: !s[key] })),
    }),
    {
      name: 'journey-studio.layout',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ navCollapsed, paletteCollapsed, sidePanelCollapsed }) => ({
        navCollapsed,
        paletteCollapsed,
        sidePanelCollapsed,
      }),
    },
  ),
);
