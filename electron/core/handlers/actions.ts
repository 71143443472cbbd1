import { gateConditionTemplate } from '../../../shared/validation/liquid';
import { isTruthyOutput, renderStrict } from '../../../shared/liquid/render';
import { ActionService } from '../actions/action-service';
import { describeModules } from '../actions/registry';
import { actionsStoreOf } from '../actions/shared-store';
import type { CoreContext } from '../context';
import { createMutex } from '../lifecycle/mutex';
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
  // Writes read-modify-write actions.json and the secrets file; one at a time.
  const exclusive = createMutex();
  return {
    'actions.modules': async () => describeModules(),
    'actions.list': async () => (await service()).list(),
    'actions.get': async ({ id }) => (await service()).get(id),
    'actions.create': ({ name, module, config }) => exclusive(async () => (await service()).create(name, module, config)),
    'actions.update': ({ id, name, config }) => exclusive(async () => (await service()).update(id, name, config)),
    'actions.delete': ({ id }) =>
      exclusive(async () => {
        await (await service()).delete(id);
        return { deleted: true as const };
      }),
    'actions.test': async ({ id }) => (await service()).test(id),
    'actions.testFunction': async ({ actionId, function: fn, input, sampleProfile, journey }) =>
      (await service()).testFunction(actionId, fn, input, { ...sampleProfile, journey }),
    'liquid.preview': async ({ template, mode, sampleProfile, journey }) => {
      const source = mode === 'condition' ? gateConditionTemplate(template) : template;
      const result = await renderStrict(source, { ...sampleProfile, journey });
      return result.ok ? { ok: true, output: result.output, truthy: isTruthyOutput(result.output) } : result;
    },
  };
}
