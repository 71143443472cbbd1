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
}

/**
 * Adds the bundle's reference items this workspace lacks; a differing item with the same key is
 * replaced only when `overwrite`. Never removes anything.
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
  for (const collection of REFERENCE_COLLECTIONS) {
    const local = next[collection] as Item[];
    for (const item of incoming[collection] as Item[]) {
      const key = referenceKey(collection, item);
      const at = local.findIndex((l) => referenceKey(collection, l) === key);
      const label = referenceLabel(item);
      if (at < 0) {
        local.push(item);
        added += 1;
        previews.push({ collection, key, label, state: 'new' });
      } else if (canonicalJson(local[at]) === canonicalJson(item)) {
        previews.push({ collection, key, label, state: 'identical' });
      } else {
        if (overwrite) {
          local[at] = item;
          replaced += 1;
        }
        previews.push({ collection, key, label, state: 'conflicting' });
      }
    }
  }
  return { next, changed: added + replaced > 0, added, replaced, previews };
}
