import { linkEntryLists } from '../../../shared/journeys/link-entry-lists';
import { AppError } from '../../../shared/errors';
import { assertRenamable } from '../../../shared/lifecycle/status-rules';
import { checkBodyParams } from '../../../shared/journeys/check-body';
import { newJourney } from '../../../shared/journeys/new-journey';
import { isNameFree } from '../../../shared/journeys/names';
import type { Journey } from '../../../shared/model';
import type { CoreContext } from '../context';
import type { HandlerMap } from './types';

/**
 * Refuses a name another journey already has; versions of one lineage share their name. Callers
 * are write channels, so the check and their write run together in the core's write queue.
 */
export function assertNameFree(ctx: CoreContext, name: string, exceptLineageId?: string): void {
  const others = ctx.store.list().filter((j) => j.lineageId !== exceptLineageId);
  if (!isNameFree(name, others)) {
    throw new AppError(
      'conflict',
      `A journey named "${name.trim()}" already exists; enter another unique name.`,
      'name',
    );
  }
}

/** Stamps who changed a journey and when. */
export function touched(ctx: CoreContext, journey: Journey): Journey {
  return { ...journey, updatedBy: ctx.user(), updatedAt: ctx.now().toISOString() };
}

/** Handlers of the journey document channels. */
export function journeyHandlers(
  ctx: CoreContext,
): HandlerMap<
  'journeys.list' | 'journeys.get' | 'journeys.create' | 'journeys.save' | 'journeys.rename'
> {
  return {
    'journeys.list': async () => ctx.store.list(),
    'journeys.get': async ({ id }) => ctx.store.get(id),
    'journeys.create': async ({ name, description, audience }) => {
      assertNameFree(ctx, name);
      return ctx.store.create(
        newJourney({ name, description, audience, user: ctx.user(), now: ctx.now() }),
      );
    },
    'journeys.save': async ({ id, baseRevision, body }) => {
      const checked = checkBodyParams(body);
      return ctx.store.update(id, baseRevision, (current) => {
        if (current.status !== 'Draft') {
          throw new AppError(
            'forbidden',
            `"${current.name}" is ${current.status}; only a Draft can be edited. Create a new version to change it.`,
            'id',
          );
        }
        // A Draft saved before Entries kept list ids (or made by an older template) gets them now.
        const edited = { ...current, ...checked };
        return touched(ctx, linkEntryLists(edited, ctx.workspace.get()) ?? edited);
      });
    },
    // Only a Draft's name is editable (seed 002). A Draft version may keep its lineage's name; the
    // published versions keep the name they went Live with, so renaming a new version never
    // renames a Live one behind the user's back.
    'journeys.rename': async ({ id, name }) => {
      const { lineageId } = await ctx.store.get(id);
      assertNameFree(ctx, name, lineageId);
      return ctx.store.update(id, null, (current) => {
        assertRenamable(current);
        return touched(ctx, { ...current, name: name.trim() });
      });
    },
  };
}
