import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { touched } from './journeys';
import type { HandlerMap } from './types';

/** Handlers of the recovery channels: list a journey's backups and restore one. */
export function recoveryHandlers(
  ctx: CoreContext,
): HandlerMap<'journeys.backups' | 'journeys.restore'> {
  return {
    'journeys.backups': async ({ id }) => {
      const current = await ctx.store.get(id); // not found is an error, not an empty list
      // A crash between keeping a backup and writing leaves a backup of the current revision: not history yet.
      return ctx.store.backups.list(id, current.revision);
    },
    'journeys.restore': async ({ id, revision }) => {
      const before = await ctx.store.get(id);
      if (revision >= before.revision)
        throw new AppError(
          'not_found',
          `Revision ${revision} is not an earlier revision of "${before.name}"`,
          'revision',
        );
      const kept = await ctx.store.backups.read(id, revision);
      // Only the editable body comes back: status, history and versions stay what the lifecycle made them.
      return ctx.store.update(id, null, (current) => {
        if (current.status !== 'Draft') {
          throw new AppError(
            'forbidden',
            `"${current.name}" is ${current.status}; only a Draft can be restored. Create a new version to change it.`,
            'id',
          );
        }
        const { description, nodes, edges, content } = kept;
        return touched(ctx, { ...current, description, nodes, edges, content });
      });
    },
  };
}
