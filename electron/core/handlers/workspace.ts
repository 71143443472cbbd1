import { AppError } from '../../../shared/errors';
import { newId } from '../../../shared/model';
import type { CoreContext } from '../context';
import type { HandlerMap } from './types';

/** Handlers of the workspace reference data edits: Settings saves and audiences created from an action. */
export function workspaceHandlers(
  ctx: CoreContext,
): HandlerMap<'workspace.update' | 'audiences.create'> {
  // Both read the current workspace and write a new one; the write queue runs them one at a time,
  // so neither loses the other's change and the name check sees every audience.
  return {
    'workspace.update': ({ workspace }) => ctx.workspace.replace(workspace),
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
