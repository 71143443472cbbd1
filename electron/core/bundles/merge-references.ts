import {
  canonicalJson,
  REFERENCE_COLLECTIONS,
  referenceKey,
  referenceLabel,
  type BundleReferences,
  type ReferenceCollection,
  type ReferencePreview,
} from '../../../shared/bundle';
import type { Workspace } from '../../../shared/model';

type Item = BundleReferences[ReferenceCollection][number];

export interface ReferenceMerge {
  /** The workspace after the merge; `changed` false when nothing would be written. */
  next: Workspace;
  changed: boolean;
  added: number;
  replaced: number;
  previews: ReferencePreview[];
  /** Incoming id -> the local item of the same name it was matched to, per collection. */
  remap: IdRemap;
}

/** Collections whose items journeys refer to by id and people know by name. */
const BY_NAME = new Set<ReferenceCollection>([
  'accountLists',
  'externalAudiences',
  'solutionInterests',
  'marketoWorkspaces',
]);

/** Per collection, bundle ids that stand for a local item of another id (matched by name). */
export type IdRemap = Partial<Record<ReferenceCollection, Map<string, string>>>;

const nameOf = (item: Item): string | undefined =>
  typeof item === 'object' && 'name' in item ? item.name : undefined;

/**
 * The local name of the same named item (same id, nothing else differs) that the bundle names
 * otherwise: a list renamed where it was exported. It is the same list: kept as it is here.
 */
function renamedHere(collection: ReferenceCollection, here: Item, item: Item): string | null {
  const name = nameOf(here);
  if (!BY_NAME.has(collection) || name === undefined || name === nameOf(item)) return null;
  return canonicalJson({ ...(here as object), name: nameOf(item) }) === canonicalJson(item)
    ? name
    : null;
}

/**
 * The local item an incoming one stands for by name: when its id is unknown here, or when the
 * local item with its id has another name (two workspaces that both numbered a list "list-1") and
 * another local item has this name. Adding it would make a second item of the same name.
 */
function sameNamed(
  collection: ReferenceCollection,
  local: readonly Item[],
  item: Item,
  atId: number,
): Item | undefined {
  const name = nameOf(item);
  if (!BY_NAME.has(collection) || name === undefined) return undefined;
  if (atId >= 0 && nameOf(local[atId]) === name) return undefined;
  return local.find((l) => nameOf(l) === name);
}

/**
 * Adds the bundle's reference items this workspace lacks; a differing item with the same key is
 * replaced only when `overwrite`, except a named item that differs only by its name (renamed
 * where it was exported): the same item, kept under its local name, said in `localLabel`. A named item (a list, an audience) whose id is unknown but whose
 * name the workspace has is that local item: never added twice, and its id goes in `remap`.
 * Never removes anything.
 */
export function mergeReferences(
  workspace: Workspace,
  incoming: BundleReferences,
  overwrite: boolean,
): ReferenceMerge {
  const next: Workspace = structuredClone(workspace);
  const previews: ReferencePreview[] = [];
  let added = 0;
  let replaced = 0;
  const remap: IdRemap = {};
  for (const collection of REFERENCE_COLLECTIONS) {
    const local = next[collection] as Item[];
    for (const item of incoming[collection] as Item[]) {
      const key = referenceKey(collection, item);
      const at = local.findIndex((l) => referenceKey(collection, l) === key);
      const label = referenceLabel(item);
      const twin = sameNamed(collection, local, item, at);
      const preview = (state: ReferencePreview['state'], localLabel: string | null = null) =>
        previews.push({ collection, key, label, state, localLabel });
      if (twin !== undefined) {
        (remap[collection] ??= new Map()).set(key, referenceKey(collection, twin));
        preview('identical');
      } else if (at < 0) {
        local.push(item);
        added += 1;
        preview('new');
      } else if (canonicalJson(local[at]) === canonicalJson(item)) {
        preview('identical');
      } else if (renamedHere(collection, local[at], item) !== null) {
        preview('identical', renamedHere(collection, local[at], item));
      } else {
        if (overwrite) {
          local[at] = item;
          replaced += 1;
        }
        preview('conflicting');
      }
    }
  }
  return { next, changed: added + replaced > 0, added, replaced, previews, remap };
}
