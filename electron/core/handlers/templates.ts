import { AppError } from '../../../shared/errors';
import { checkBodyParams } from '../../../shared/journeys/check-body';
import { linkEntryLists } from '../../../shared/journeys/link-entry-lists';
import { newJourney } from '../../../shared/journeys/new-journey';
import { newId } from '../../../shared/model';
import { findTemplate, templateCatalog } from '../../../shared/templates';
import { ActionsStore } from '../actions/actions-store';
import type { CoreContext } from '../context';
import { DEMO_MOCK_ACTION_ID } from '../demo/demo-action-patterns';
import { saveScenario } from '../scenarios';
import { assertNameFree } from './journeys';
import { writeSpeakerNotes } from './presentation';
import type { HandlerMap } from './types';

/** The custom Action the enrichment template calls: the demo Mock Action, else any mock one, else the demo id (shown as a missing reference). */
async function mockActionId(dataDir: string): Promise<string> {
  try {
    const actions = (await ActionsStore.open(dataDir)).list();
    return (
      (
        actions.find((a) => a.id === DEMO_MOCK_ACTION_ID) ??
        actions.find((a) => a.module === 'mock')
      )?.id ?? DEMO_MOCK_ACTION_ID
    );
  } catch {
    return DEMO_MOCK_ACTION_ID;
  }
}

/** Handlers of the template gallery: list the templates, create a Draft (with its scenario and speaker notes) from one. */
export function templateHandlers(
  ctx: CoreContext,
): HandlerMap<'templates.list' | 'journeys.createFromTemplate'> {
  return {
    'templates.list': async () => templateCatalog(),
    'journeys.createFromTemplate': async ({ templateId, name, description }) => {
      const template = findTemplate(templateId);
      if (!template) throw new AppError('not_found', `No template "${templateId}".`, 'templateId');
      assertNameFree(ctx, name);
      const built = template.build({
        makeId: newId,
        workspace: ctx.workspace.get(),
        customActionId: await mockActionId(ctx.dataDir),
      });
      const body = checkBodyParams({
        ...built.body,
        description: description ?? built.body.description,
      });
      const draft = newJourney({
        name,
        description: body.description,
        audience: template.meta.audience,
        user: ctx.user(),
        now: ctx.now(),
      });
      // Templates name their Entry's list; the id makes a later rename in Settings follow it.
      const made = { ...draft, ...body };
      const journey = await ctx.store.create(linkEntryLists(made, ctx.workspace.get()) ?? made);
      await saveScenario(ctx.dataDir, journey.id, built.scenario);
      await writeSpeakerNotes(ctx.dataDir, journey.id, built.notes);
      return journey;
    },
  };
}
