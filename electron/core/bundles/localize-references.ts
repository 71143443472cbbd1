import { entryList, entryListCollection, getAction } from '../../../shared/catalog';
import type { ReferenceCollection } from '../../../shared/bundle';
import type { Journey, Workspace } from '../../../shared/model';
import type { IdRemap } from './merge-references';

const remapped = (remap: IdRemap, collection: string, id: string): string =>
  remap[collection as ReferenceCollection]?.get(id) ?? id;

/**
 * An incoming journey pointed at this workspace's items: ids of bundle items that matched a local
 * item by name become that item's id (Entries and action selects alike), and an Entry that names
 * its list only by name (an older bundle) gets the id of the local list of that name, its Source
 * the list's name as this workspace spells it.
 */
export function localizeReferences(
  journey: Journey,
  remap: IdRemap,
  workspace: Workspace,
): Journey {
  const nodes = journey.nodes.map((node) => {
    if (node.type === 'entry') {
      const collection = entryListCollection(node.settings.trigger, journey.audience);
      if (!collection) return node;
      const listId = node.settings.listId && remapped(remap, collection, node.settings.listId);
      const settings = { ...node.settings, ...(listId ? { listId } : {}) };
      const list = entryList(settings, journey.audience, workspace);
      return list?.id
        ? { ...node, settings: { ...settings, listId: list.id, source: list.name } }
        : { ...node, settings };
    }
    if (node.type !== 'action' || !node.settings.actionId) return node;
    const params = { ...node.settings.params };
    for (const field of getAction(node.settings.actionId)?.fields ?? []) {
      const value = params[field.name];
      if (field.options && typeof value === 'string')
        params[field.name] = remapped(remap, field.options, value);
    }
    return { ...node, settings: { ...node.settings, params } };
  });
  return { ...journey, nodes };
}
