import { create } from 'zustand';
import type { InputOf } from '../../shared/contract';
import type { Journey, JourneySummary } from '../../shared/model';
import { api } from '../api/client';

interface LibraryState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  journeys: JourneySummary[];
  error: string | null;
  load: () => Promise<void>;
  create: (input: InputOf<'journeys.create'>) => Promise<Journey>;
}

/** The journeys list as the library shows it; refreshed after every change made through it. */
export const useLibraryStore = create<LibraryState>((set, get) => ({
  status: 'idle',
  journeys: [],
  error: null,
  load: async () => {
    set({ status: get().journeys.length ? 'ready' : 'loading', error: null });
    try {
      set({ journeys: await api.call('journeys.list', {}), status: 'ready' });
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
    }
  },
  create: async (input) => {
    const journey = await api.call('journeys.create', input);
    await get().load();
    return journey;
  },
}));
