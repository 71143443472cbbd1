import type { CustomActionRef } from '../../../shared/catalog';
import type { ValidationContext } from '../../../shared/validation';
import type { CoreContext } from '../context';
import { describeModules } from './registry';
import { actionsStoreOf } from './shared-store';

/** The custom Actions validation checks Action steps against: id, name and callable functions. */
export async function customActionRefs(ctx: CoreContext): Promise<CustomActionRef[]> {
  const store = await actionsStoreOf(ctx);
  const modules = describeModules();
  return store.list().map((def) => {
    const fns = modules.find((m) => m.id === def.module)?.functions ?? [];
    return {
      id: def.id,
      name: def.name,
      functions: fns.map((f) => f.name),
      inputSchemas: Object.fromEntries(fns.map((f) => [f.name, f.input])),
    };
  });
}

/** Everything core validation needs besides journey and workspace, so every caller checks the same things. */
export async function validationContextOf(ctx: CoreContext): Promise<ValidationContext> {
  return { journeys: ctx.store.list(), customActions: await customActionRefs(ctx) };
}
