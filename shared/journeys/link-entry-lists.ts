import { entryList } from '../catalog';
import type { Journey, Workspace } from '../model';

type Lists = Pick<Workspace, 'accountLists' | 'externalAudiences'>;

/**
 * The journey with each audience or segment Entry that names its list only by name given the id of
 * the workspace list of that name, so a later rename follows it; null when nothing changes. An Entry
 * whose name matches no list keeps just its name (shown as not in this workspace, as before).
 */
export function linkEntryLists(journey: Journey, lists: Lists): Journey | null {
  let changed = false;
  const nodes = journey.nodes.map((node) => {
    if (node.type !== 'entry' || node.settings.listId) return node;
    const id = entryList(node.settings, journey.audience, lists)?.id;
    if (!id) return node;
    changed = true;
    return { ...node, settings: { ...node.settings, listId: id } };
  });
  return changed ? { ...journey, nodes } : null;
}
