import { draftsOfSteps } from '../../../shared/lifecycle';
import type { CoreContext } from '../context';
import { readFieldDrafts, writeFieldDrafts } from '../store/field-draft-store';
import type { HandlerMap } from './types';

/** The journey's refused values, only those of steps and fields it still has. */
export async function liveFieldDrafts(ctx: CoreContext, journeyId: string) {
  const journey = await ctx.store.get(journeyId); // an unknown journey is an error, not "none"
  const drafts = await readFieldDrafts(ctx.dataDir, journeyId);
  return draftsOfSteps(drafts, journey.nodes);
}

/** Handlers of the refused-field-value channels. */
export function fieldDraftHandlers(
  ctx: CoreContext,
): HandlerMap<'journeys.fieldDrafts' | 'journeys.saveFieldDrafts'> {
  return {
    'journeys.fieldDrafts': async ({ journeyId }) => ({
      drafts: await liveFieldDrafts(ctx, journeyId),
    }),
    // Kept as given: the editor may refuse a value on a step its autosave has not sent yet.
    'journeys.saveFieldDrafts': async ({ journeyId, drafts }) => {
      await ctx.store.get(journeyId);
      await writeFieldDrafts(ctx.dataDir, journeyId, drafts);
      return { drafts };
    },
  };
}
