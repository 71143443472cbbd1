import type { CoreContext } from '../context';
import type { HandlerMap } from './types';

/** Handlers of the app and workspace channels. */
export function appHandlers(ctx: CoreContext): HandlerMap<'app.info' | 'workspace.get'> {
  return {
    'app.info': async () => ({
      name: 'Journey Studio',
      version: ctx.appVersion,
      mode: ctx.mode,
      dataDir: ctx.dataDir,
      quarantined: ctx.store.quarantined(),
    }),
    'workspace.get': async () => ctx.workspace.get(),
  };
}
