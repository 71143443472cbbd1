import { create } from 'zustand';
import type { ActionView, ModuleDescriptor } from '../../../shared/custom-actions';
import { api } from '../../api/client';

interface CustomActionsState {
  modules: ModuleDescriptor[];
  actions: ActionView[];
  loaded: boolean;
  error: string | null;
  /** Loads modules and Actions (again after a change). */
  reload: () => Promise<void>;
}

/** Custom Actions and modules, shared by the Actions tab and every Action step form. */
export const useCustomActionsStore = create<CustomActionsState>((set) => ({
  modules: [],
  actions: [],
  loaded: false,
  error: null,
  reload: async () => {
    try {
      const [modules, actions] = await Promise.all([
        api.call('actions.modules', {}),
        api.call('actions.list', {}),
      ]);
      set({ modules, actions, loaded: true, error: null });
    } catch (e) {
      set({ loaded: true, error: e instanceof Error ? e.message : String(e) });
    }
  },
}));

/** The module descriptor of an Action, when both are known. */
export function moduleOf(
  modules: readonly ModuleDescriptor[],
  action: ActionView | undefined,
): ModuleDescriptor | undefined {
  return action ? modules.find((m) => m.id === action.module) : undefined;
}

/** The Action and function an Action step calls (`actionRef`, `function`), when they are known. */
export function stepFunction(
  modules: readonly ModuleDescriptor[],
  actions: readonly ActionView[],
  params: Record<string, unknown>,
) {
  const action = actions.find((a) => a.id === params.actionRef);
  const fn = moduleOf(modules, action)?.functions.find((f) => f.name === params.function);
  return { action, fn };
}
