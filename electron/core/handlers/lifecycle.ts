import { AppError } from '../../../shared/errors';
import {
  abort,
  assertAllowed,
  closeToNewEntries,
  createVersion,
  duplicateDrafts,
  duplicateJourney,
  finish,
  lineageVersions,
  publish,
  publishRefusal,
  replacedVersion,
  type Actor,
} from '../../../shared/lifecycle';
import { newId } from '../../../shared/model';
import { copyCompanions, removeCompanions } from '../lifecycle/companions';
import type { CoreContext } from '../context';
import { assertNameFree } from './journeys';
import { publishProblems } from '../lifecycle/publish-problems';
import { referencesTo } from '../lifecycle/references-to';
import { createScheduler } from '../lifecycle/scheduler';
import { softStopReplaced } from '../lifecycle/soft-stop';
import { readFieldDrafts, writeFieldDrafts } from '../store/field-draft-store';
import type { HandlerMap } from './types';

type LifecycleChannel =
  | 'journeys.publishCheck'
  | 'journeys.publish'
  | 'journeys.closeToNewEntries'
  | 'journeys.abort'
  | 'journeys.finish'
  | 'journeys.duplicate'
  | 'journeys.delete'
  | 'journeys.createVersion'
  | 'journeys.versions'
  | 'journeys.referencedBy';

/**
 * Handlers of the lifecycle channels. Every status change is checked against the status table
 * inside the store's update (so check and write see the same document) and records history. The
 * write channels run in the core's write queue (the dispatcher puts them there); each first applies
 * any scheduled start that has come due, and so do the reads whose answer depends on it.
 */
export function lifecycleHandlers(ctx: CoreContext): HandlerMap<LifecycleChannel> {
  const scheduler = createScheduler(ctx);
  // At open: start what came due while nobody ran, and arm the timer. A failure here is raised
  // again by the next lifecycle action, which retries it.
  ctx.writes.run(scheduler.startDue).catch(() => undefined);
  const actor = (): Actor => ({ by: ctx.user(), at: ctx.now() });
  /** A write task, after pending scheduled starts (it already runs in the write queue). */
  const writing = async <T>(task: () => Promise<T>): Promise<T> => {
    await scheduler.startDue();
    return task();
  };
  /** A read that must see due starts applied: those go through the write queue first. */
  const reading = async <T>(task: () => Promise<T>): Promise<T> => {
    await ctx.writes.run(scheduler.startDue);
    return task();
  };

  return {
    'journeys.publishCheck': ({ id }) =>
      reading(async () => {
        const journey = await ctx.store.get(id);
        // The version publishing soft-stops (softStopReplaced), so the dialog can say so.
        const live = replacedVersion(journey, ctx.store.list());
        return {
          problems: await publishProblems(ctx, journey),
          replaces: live ? { id: live.id, version: live.version } : null,
        };
      }),
    'journeys.publish': ({ id, scheduledStart }) =>
      writing(async () => {
        const current = await ctx.store.get(id);
        assertAllowed(current, 'Publish');
        const refusal = publishRefusal(current.name, await publishProblems(ctx, current));
        if (refusal) throw new AppError('forbidden', refusal, 'id');
        const who = actor();
        const published = await ctx.store.update(id, current.revision, (c) =>
          publish(c, who, scheduledStart),
        );
        if (published.status === 'Live') await softStopReplaced(ctx, published, who);
        await scheduler.startDue(); // re-arms the timer for a new scheduled start
        return ctx.store.get(id);
      }),
    'journeys.closeToNewEntries': ({ id }) =>
      writing(() => ctx.store.update(id, null, (c) => closeToNewEntries(c, actor()))),
    'journeys.abort': ({ id }) =>
      writing(() => ctx.store.update(id, null, (c) => abort(c, actor()))),
    'journeys.finish': ({ id }) =>
      writing(() => ctx.store.update(id, null, (c) => finish(c, actor()))),
    'journeys.duplicate': ({ id, name, description, type }) =>
      writing(async () => {
        const source = await ctx.store.get(id);
        assertAllowed(source, 'Duplicate');
        assertNameFree(ctx, name);
        const copy = await ctx.store.create(
          duplicateJourney(source, { id: newId(), name, description, type, actor: actor() }),
        );
        // Scenarios and speaker notes travel with everything but a structure-only copy.
        if (type === 'partial') await copyCompanions(ctx, source.id, copy.id);
        // Refused values go where the copy keeps their steps' settings (duplicate-drafts.ts).
        const drafts = await readFieldDrafts(ctx.dataDir, source.id);
        const { carried } = duplicateDrafts(drafts, source, type);
        await writeFieldDrafts(ctx.dataDir, copy.id, carried);
        return copy;
      }),
    'journeys.delete': ({ id }) =>
      writing(async () => {
        assertAllowed(await ctx.store.get(id), 'Delete');
        await ctx.store.remove(id);
        await removeCompanions(ctx, id);
        return { id };
      }),
    'journeys.createVersion': ({ id }) =>
      writing(async () => {
        const live = await ctx.store.get(id);
        const draft = await ctx.store.create(
          createVersion(live, ctx.store.list(), newId(), actor()),
        );
        await copyCompanions(ctx, live.id, draft.id); // scenarios and notes are versioned with the journey
        return draft;
      }),
    'journeys.versions': ({ lineageId }) =>
      reading(async () => lineageVersions(lineageId, ctx.store.list())),
    'journeys.referencedBy': ({ id }) =>
      reading(async () => referencesTo(ctx, await ctx.store.get(id))),
  };
}
