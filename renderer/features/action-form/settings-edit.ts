import { getAction, type ActionDef, type ActionScope } from '../../../shared/catalog';
import type { ActionSettings, Audience } from '../../../shared/model';

/** The scope the form works in: people journeys have only people actions; account journeys ask first. */
export function effectiveScope(audience: Audience, settings: ActionSettings): ActionScope | null {
  if (audience === 'people') return 'people';
  if (settings.scope) return settings.scope;
  const action = settings.actionId ? getAction(settings.actionId) : undefined;
  return action?.scope ?? null;
}

/** Accounts or People chosen: an action of the other scope no longer fits, so it is cleared. */
export function chooseScope(settings: ActionSettings, scope: ActionScope): ActionSettings {
  const action = settings.actionId ? getAction(settings.actionId) : undefined;
  const keep = action?.scope === scope;
  return {
    ...settings,
    scope,
    actionId: keep ? settings.actionId : null,
    params: keep ? settings.params : {},
  };
}

/** Another action chosen: parameters of the old one mean nothing to it, so they start empty. */
export function chooseAction(settings: ActionSettings, actionId: string | null): ActionSettings {
  if (actionId === settings.actionId) return settings;
  const action = actionId ? getAction(actionId) : undefined;
  return { ...settings, actionId, scope: action?.scope ?? settings.scope, params: {} };
}

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

/** The names of fields whose options depend on `name`, directly or through another field. */
export function dependentsOf(action: ActionDef, name: string): string[] {
  const out: string[] = [];
  const queue = [name];
  while (queue.length) {
    const parent = queue.shift();
    for (const f of action.fields) {
      if (f.dependsOn === parent && !out.includes(f.name)) {
        out.push(f.name);
        queue.push(f.name);
      }
    }
  }
  return out;
}

/**
 * Sets one parameter; a blank value is removed (drafts save incomplete), and fields whose options
 * came from the old value (the list of another Marketo workspace) are cleared.
 */
export function setParam(
  params: Record<string, unknown>,
  action: ActionDef,
  name: string,
  value: unknown,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...params };
  if (isBlank(value)) delete next[name];
  else next[name] = value;
  if (params[name] !== value) for (const dep of dependentsOf(action, name)) delete next[dep];
  return next;
}

/**
 * The parameters to save when a typed value is refused (issue #19): the field's value from before
 * the edit began, not a valid prefix saved on the way ("2" of "2.5", 50 of 60 characters), so the
 * journey keeps its last deliberate value while the refused one stays in the field as a draft.
 * Null when the saved value already is that one.
 */
export function paramsOnRefusal(
  params: Record<string, unknown>,
  before: Record<string, unknown>,
  action: ActionDef,
  name: string,
): Record<string, unknown> | null {
  if (params[name] === before[name]) return null;
  return setParam(params, action, name, before[name]);
}
