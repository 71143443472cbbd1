import { listUsage } from '../../../shared/catalog';
import { AppError } from '../../../shared/errors';
import { newId } from '../../../shared/model';
import type { CoreContext } from '../context';
import type { HandlerMap } from './types';

/** Handlers of the workspace reference data edits: Settings saves and audiences created from an action. */
export function workspaceHandlers(
  ctx: CoreContext,
): HandlerMap<'workspace.update' | 'workspace.listUsage' | 'audiences.create'> {
  // Both read the current workspace and write a new one; the write queue runs them one at a time,
  // so neither loses the other's change and the name check sees every audience.
  return {
    'workspace.update': ({ workspace }) => ctx.workspace.replace(workspace),
    'workspace.listUsage': async () => {
      // A journey that no longer reads was set aside by the store; it uses nothing here.
      const journeys = await Promise.all(
        ctx.store.list().map(({ id }) => ctx.store.get(id).catch(() => null)),
      );
      return listUsage(
        journeys.filter((j) => j !== null),
        ctx.workspace.get(),
      );
    },
    'audiences.create': async ({ name, description }) => {
      const current = ctx.workspace.get();
      const taken = current.externalAudiences.some(
        (a) => a.name.trim().toLowerCase() === name.toLowerCase(),
      );
      if (taken)
        throw new AppError(
          'conflict',
          `An external customer audience named "${name}" already exists`,
          'name',
        );
      const audience = { id: `aud-${newId()}`, name, description };
      await ctx.workspace.replace({
        ...current,
        externalAudiences: [...current.externalAudiences, audience],
      });
      return audience;
    },
  };
}
