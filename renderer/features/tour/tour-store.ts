import { create } from 'zustand';
import { api } from '../../api/client';

interface TourState {
  /** The step shown, or null when the tour is closed. */
  step: number | null;
  /** The location the tour started on (a hash such as `#/help`): closing it goes back there. */
  startHash: string;
  start: () => void;
  goTo: (step: number) => void;
  /** Closes the tour and remembers it, so it does not come back on the next start. */
  finish: () => void;
}

/** Session state of the guided tour; only "done" is remembered (settings.tourDone). */
export const useTourStore = create<TourState>()((set) => ({
  step: null,
  startHash: '',
  start: () => set({ step: 0, startHash: window.location.hash }),
  goTo: (step) => set({ step }),
  finish: () => {
    set({ step: null });
    void api.call('settings.set', { tourDone: true }).catch(() => undefined);
  },
}));

/** Whether the tour opens by itself: on the first run only (until it is finished or skipped). */
export function shouldAutoStart(tourDone: boolean | undefined): boolean {
  return !tourDone;
}
