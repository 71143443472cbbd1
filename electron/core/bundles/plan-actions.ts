import {
  canonicalJson,
  type ActionPreview,
  type BundleAction,
  type FieldChange,
  type ImportPolicy,
} from '../../../shared/bundle';
import {
  ModuleId,
  withoutCredentials,
  type ActionDefinition,
} from '../../../shared/custom-actions';
import { uniqueName } from '../../../shared/journeys/names';
import { moduleOf } from '../actions/registry';
import { bundleError } from './limits';

/** The Action writes of an import, decided before any write. */
export interface ActionsPlan {
  creates: ActionDefinition[];
  replaces: { next: ActionDefinition; previous: ActionDefinition }[];
  previews: ActionPreview[];
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** What a bundle can compare: secrets and timestamps never travel. */
const comparable = (a: { name: string; module: string; config: Record<string, unknown> }) =>
  canonicalJson({ name: a.name.trim(), module: a.module, config: withoutCredentials(a.config) });

function changesOf(local: ActionDefinition, incoming: BundleAction): FieldChange[] {
  const changes: FieldChange[] = [];
  if (local.name !== incoming.name)
    changes.push({ field: 'name', before: local.name, after: incoming.name });
  if (local.module !== incoming.module)
    changes.push({ field: 'type', before: local.module, after: incoming.module });
  const before = withoutCredentials(local.config);
  for (const key of [
    ...new Set([...Object.keys(before), ...Object.keys(incoming.config)]),
  ].sort()) {
    const a = JSON.stringify(before[key] ?? null);
    const b = JSON.stringify(incoming.config[key] ?? null);
    if (a !== b)
      changes.push({
        field: `configuration ${key}`,
        before: a.length > 80 ? `${a.slice(0, 77)}…` : a,
        after: b.length > 80 ? `${b.slice(0, 77)}…` : b,
      });
  }
  return changes;
}

/** A bundled Action this app can run: a known module and a configuration it accepts (secrets aside). */
function checked(action: BundleAction): BundleAction & { module: ModuleId } {
  const module = ModuleId.safeParse(action.module);
  if (!module.success)
    throw bundleError(
      `the Action "${action.name}" uses the type "${action.module}", which this app does not have`,
    );
  const parsed = moduleOf(module.data).config.partial().safeParse(action.config);
  if (!parsed.success)
    throw bundleError(
      `the Action "${action.name}" has a configuration its type refuses (${parsed.error.issues[0]?.message})`,
    );
  return { ...action, module: module.data };
}

/**
 * Compares the bundle's Actions with the local ones and, given a policy, decides the writes.
 * A conflict by id is replaced only under overwrite (the local secrets stay when the type does);
 * a conflict by name alone comes in under a `_copy` name unless the policy is skip.
 */
export function planActions(
  local: readonly ActionDefinition[],
  incoming: readonly BundleAction[],
  policy: ImportPolicy | null,
  now: string,
): ActionsPlan {
  const plan: ActionsPlan = { creates: [], replaces: [], previews: [] };
  const taken = local.map((a) => ({ id: a.id, name: a.name }));
  for (const raw of incoming) {
    const action = checked(raw);
    const here = local.find((a) => a.id === action.id);
    const clash = !here && local.some((a) => sameName(a.name, action.name));
    const state = here
      ? comparable(here) === comparable(action)
        ? 'identical'
        : 'conflicting'
      : clash
        ? 'conflicting'
        : 'new';
    const keptSecrets = here && here.module === action.module ? here.secrets : {};
    const secretsToSet = moduleOf(action.module).secretFields.filter((f) => !keptSecrets[f]);
    plan.previews.push({
      id: action.id,
      name: action.name,
      module: action.module,
      state,
      conflict: state !== 'conflicting' ? null : here ? 'id' : 'name',
      changes: here && state === 'conflicting' ? changesOf(here, action) : [],
      secretsToSet,
    });
    if (policy === null || state === 'identical' || (state === 'conflicting' && policy === 'skip'))
      continue;
    if (here) {
      if (policy !== 'overwrite') continue; // a copy of a journey keeps calling the Action already here
      const name = uniqueName(
        action.name,
        taken.filter((t) => t.id !== here.id),
        200,
      );
      plan.replaces.push({
        previous: here,
        next: {
          ...here,
          name,
          module: action.module,
          config: action.config,
          secrets: keptSecrets,
          updatedAt: now,
        },
      });
      continue;
    }
    const name = clash ? uniqueName(`${action.name}_copy`, taken, 200) : action.name;
    taken.push({ id: action.id, name });
    plan.creates.push({
      id: action.id,
      name,
      module: action.module,
      config: action.config,
      secrets: {},
      createdAt: now,
      updatedAt: now,
    });
  }
  return plan;
}
