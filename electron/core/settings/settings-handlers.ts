import type { HandlerMap } from '../handlers/types';
import type { SettingsStore } from './settings-store';

/** Handlers of settings.get / settings.set on the core's settings file. */
export function settingsHandlers(
  store: SettingsStore,
): HandlerMap<'settings.get' | 'settings.set'> {
  return {
    'settings.get': async () => store.get(),
    'settings.set': async (patch) => {
      const change =
        patch.libraryColumns === undefined ? {} : { libraryColumns: patch.libraryColumns };
      return store.set(
        patch.tourDone === undefined ? change : { ...change, tourDone: patch.tourDone },
      );
    },
  };
}
