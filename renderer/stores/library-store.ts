import { create } from 'zustand';
import type { InputOf } from '../../shared/contract';
import type { LibraryColumn } from '../../shared/contract/settings';
import type { Journey, JourneySummary } from '../../shared/model';
import { api } from '../api/client';
import {
  DEFAULT_COLUMNS,
  DEFAULT_QUERY,
  type LibraryQuery,
  type SortKey,
} from '../features/library/library-query';

interface LibraryState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  journeys: JourneySummary[];
  error: string | null;
  /** Visible optional columns (Customize table), remembered in the data directory. */
  columns: LibraryColumn[];
  query: LibraryQuery;
  load: () => Promise<void>;
  create: (input: InputOf<'journeys.create'>) => Promise<Journey>;
  loadColumns: () => Promise<void>;
  applyColumns: (columns: LibraryColumn[]) => Promise<void>;
  setQuery: (patch: Partial<Omit<LibraryQuery, 'sort'>>) => void;
  /** Sorts by a column; the same column again flips the direction. */
  sortBy: (key: SortKey) => void;
  clearFilters: () => void;
}

/** The journeys list as the library shows it; refreshed after every change made through it. */
export const useLibraryStore = create<LibraryState>((set, get) => ({
  status: 'idle',
  journeys: [],
  error: null,
  columns: DEFAULT_COLUMNS,
  query: DEFAULT_QUERY,
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
  loadColumns: async () => {
    const settings = await api.call('settings.get', {}).catch(() => null);
    if (settings?.libraryColumns) set({ columns: settings.libraryColumns });
  },
  applyColumns: async (columns) => {
    const saved = await api.call('settings.set', { libraryColumns: columns });
    set({ columns: saved.libraryColumns ?? DEFAULT_COLUMNS });
  },
  setQuery: (patch) => set({ query: { ...get().query, ...patch } }),
  sortBy: (key) => {
    const { sort } = get().query;
    const direction = sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc';
    set({ query: { ...get().query, sort: { key, direction } } });
  },
  clearFilters: () => set({ query: { ...DEFAULT_QUERY, sort: get().query.sort } }),
}));
