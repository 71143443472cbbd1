import type { CoreContext } from '../context';
import { ActionsStore } from './actions-store';

// One in-memory copy of actions.json per open core: the Actions channels and a bundle import
// both write it, and two copies would each overwrite the other's changes.
const stores = new WeakMap<CoreContext, Promise<ActionsStore>>();

/** The Actions store of a core, opened on first use and shared by everything in that core. */
export function actionsStoreOf(ctx: CoreContext): Promise<ActionsStore> {
  let opened = stores.get(ctx);
  if (!opened) {
    opened = ActionsStore.open(ctx.dataDir, {
      onQuarantine: (entry) => ctx.store.reportSetAside(entry),
    });
    stores.set(ctx, opened);
  }
  return opened;
}
