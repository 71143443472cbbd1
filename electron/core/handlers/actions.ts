import { gateConditionFormError } from '../../../shared/validation/gate-condition';
import { gateConditionTemplate } from '../../../shared/validation/liquid';
import { isTruthyOutput, renderStrict } from '../../../shared/liquid/render';
import { ActionService } from '../actions/action-service';
import { describeModules } from '../actions/registry';
import { actionsStoreOf } from '../actions/shared-store';
import type { CoreContext } from '../context';
import type { HandlerMap } from './types';

type ActionChannel =
  | 'actions.modules'
  | 'actions.list'
  | 'actions.get'
  | 'actions.create'
  | 'actions.update'
  | 'actions.delete'
  | 'actions.test'
  | 'actions.testFunction'
  | 'liquid.preview';

/** The Action service of a data dir, opened on first use (most sessions never touch Actions). */
export function actionService(ctx: CoreContext): () => Promise<ActionService> {
  let opened: Promise<ActionService> | undefined;
  return () =>
    (opened ??= (async () => {
      const store = await actionsStoreOf(ctx);
      const secrets = await ctx.secrets();
      const journeys = () => Promise.all(ctx.store.list().map((s) => ctx.store.get(s.id)));
      return new ActionService({ store, secrets, journeys, now: ctx.now });
    })());
}

/** Handlers of the custom Actions channels (seed 003) and the Liquid preview. */
export function actionHandlers(ctx: CoreContext): HandlerMap<ActionChannel> {
  const service = actionService(ctx);
  return {
    'actions.modules': async () => describeModules(),
    'actions.list': async () => (await service()).list(),
    'actions.get': async ({ id }) => (await service()).get(id),
    // Writes (create, update, delete) run in the core's write queue, so the name check and
    // "refused while a journey uses it" see the same actions.json and journeys as the write.
    'actions.create': async ({ name, module, config }) =>
      (await service()).create(name, module, config),
    'actions.update': async ({ id, name, config }) => (await service()).update(id, name, config),
    'actions.delete': async ({ id }) => {
      await (await service()).delete(id);
      return { deleted: true as const };
    },
    'actions.test': async ({ id }) => (await service()).test(id),
    'actions.testFunction': async ({ actionId, function: fn, input, sampleProfile, journey }) =>
      (await service()).testFunction(actionId, fn, input, { ...sampleProfile, journey }),
    'liquid.preview': async ({ template, mode, sampleProfile, journey }) => {
      // A condition in a form validation refuses gets the same message here, not a render.
      const form = mode === 'condition' ? gateConditionFormError(template) : undefined;
      if (form) return { ok: false as const, message: form };
      const source = mode === 'condition' ? gateConditionTemplate(template) : template;
      const result = await renderStrict(source, { ...sampleProfile, journey });
      return result.ok
        ? { ok: true, output: result.output, truthy: isTruthyOutput(result.output) }
        : result;
    },
  };
}
