import type { CoreContext } from '../context';
import type { HandlerMap } from '../handlers/types';
import { SettingsStore } from './settings-store';

/** Handlers of settings.get / settings.set; the file is opened on first use. */
export function settingsHandlers(ctx: CoreContext): HandlerMap<'settings.get' | 'settings.set'> {
  let store: Promise<SettingsStore> | undefined;
  const open = () => (store ??= SettingsStore.open(ctx.dataDir));
  return {
    'settings.get': async () => (await open()).get(),
    'settings.set': async (patch) => {
      const s = await open();
      const change = patch.libraryColumns === undefined ? {} : { libraryColumns: patch.libraryColumns };
      return s.set(patch.tourDone === undefined ? change : { ...change, tourDone: patch.tourDone });
    },
  };
}
