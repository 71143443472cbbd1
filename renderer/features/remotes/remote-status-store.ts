import { create } from 'zustand';
import type { RemoteStatusReport } from '../../../shared/contract/remotes';
import { api } from '../../api/client';

interface RemoteStatusState {
  /** The remote the library compares with (the first one until the Remotes page picks another). */
  remote: string | null;
  report: RemoteStatusReport | null;
  loading: boolean;
  error: string | null;
  /** Set once the first automatic check ran, so the library checks once per session, not per render. */
  checked: boolean;
  /** Checks the local journeys against `remote` (or the current / first remote). */
  refresh: (remote?: string) => Promise<void>;
  /** The first check, when nothing was checked yet. */
  ensure: () => void;
}

/** Each local journey's status on a remote, for the library's Remote status column (session state). */
export const useRemoteStatus = create<RemoteStatusState>((set, get) => ({
  remote: null,
  report: null,
  loading: false,
  error: null,
  checked: false,
  refresh: async (remote) => {
    set({ loading: true, error: null, checked: true });
    try {
      const name = remote ?? get().remote ?? (await api.call('remotes.list', {}))[0]?.name ?? null;
      if (!name) return set({ remote: null, report: null, loading: false });
      set({ remote: name, report: await api.call('remotes.status', { name }), loading: false });
    } catch (error) {
      set({ loading: false, error: error instanceof Error ? error.message : String(error) });
    }
  },
  ensure: () => {
    if (!get().checked) void get().refresh();
  },
}));

/** One journey's remote state as a sortable word ('' when unknown). */
export function remoteStateOf(id: string): string {
  return useRemoteStatus.getState().report?.journeys.find((j) => j.id === id)?.remote ?? '';
}
