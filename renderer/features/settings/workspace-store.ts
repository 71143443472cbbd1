import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../shared/contract';
import type { Workspace } from '../../../shared/model';
import { api } from '../../api/client';

type Audience = OutputOf<'audiences.create'>;

interface WorkspaceState {
  /** The newest workspace this window has seen; every change made here lands in it. */
  workspace: Workspace | null;
  loading: Promise<Workspace> | null;
  /** Loads the workspace once (later calls share the first load). */
  load: () => Promise<Workspace>;
  /** Settings → Save: replaces the reference data. */
  save: (workspace: Workspace) => Promise<Workspace>;
  /** Create external customer audience: stored in the workspace, then selectable everywhere. */
  createAudience: (input: InputOf<'audiences.create'>) => Promise<Audience>;
}

/** Workspace reference data as the renderer knows it (document data owned by the core). */
export const useWorkspaceStore = create<WorkspaceState>()((set, get) => ({
  workspace: null,
  loading: null,
  load: () => {
    const pending = get().loading;
    if (pending) return pending;
    const loading = api.call('workspace.get', {}).then(
      (workspace) => {
        set({ workspace });
        return workspace;
      },
      (error: unknown) => {
        set({ loading: null });
        throw error;
      },
    );
    set({ loading });
    return loading;
  },
  save: async (workspace) => {
    const saved = await api.call('workspace.update', { workspace });
    set({ workspace: saved, loading: Promise.resolve(saved) });
    return saved;
  },
  createAudience: async (input) => {
    const audience = await api.call('audiences.create', input);
    const current = get().workspace ?? (await get().load());
    // The core already stored it; mirror that here rather than reloading everything.
    const workspace = {
      ...current,
      externalAudiences: [
        ...current.externalAudiences.filter((a) => a.id !== audience.id),
        audience,
      ],
    };
    set({ workspace, loading: Promise.resolve(workspace) });
    return audience;
  },
}));
