import type { CustomActionRef } from '../../../shared/catalog';
import type { ValidationContext } from '../../../shared/validation';
import type { CoreContext } from '../context';
import { moduleOf } from './registry';
import { actionsStoreOf } from './shared-store';

/** The custom Actions validation checks Action steps against: id, name and callable functions. */
export async function customActionRefs(ctx: CoreContext): Promise<CustomActionRef[]> {
  const store = await actionsStoreOf(ctx);
  return store.list().map((def) => ({ id: def.id, name: def.name, functions: Object.keys(moduleOf(def.module).functions) }));
}

/** Everything core validation needs besides journey and workspace, so every caller checks the same things. */
export async function validationContextOf(ctx: CoreContext): Promise<ValidationContext> {
  return { journeys: ctx.store.list(), customActions: await customActionRefs(ctx) };
}
