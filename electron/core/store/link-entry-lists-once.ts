import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { linkEntryLists } from '../../../shared/journeys/link-entry-lists';
import type { Workspace } from '../../../shared/model';
import { writeFileAtomic } from './atomic-file';
import type { JourneyStore } from './journey-store';

/** Records that the data directory's Entries refer to their lists by id (written once, after the pass). */
export const ENTRY_LIST_IDS_MARKER = 'entry-list-ids.json';

/**
 * Data migration: Entries saved before list ids named their audience or segment by name, so a
 * rename in Settings broke them. Once per data directory, every stored journey (Live ones too)
 * gets the id of the list its Entry names, while the names still match; revisions are kept.
 * A journey that fails to read is already set aside by the store and is skipped. Returns how many
 * journeys changed.
 */
export async function linkEntryListsOnce(
  root: string,
  store: JourneyStore,
  workspace: Workspace,
): Promise<number> {
  const marker = join(root, ENTRY_LIST_IDS_MARKER);
  if (existsSync(marker)) return 0;
  let changed = 0;
  for (const { id } of store.list()) {
    const journey = await store.get(id).catch(() => null);
    const linked = journey && linkEntryLists(journey, workspace);
    if (!linked) continue;
    await store.rewriteMigrated(linked);
    changed += 1;
  }
  await writeFileAtomic(marker, `${JSON.stringify({ entryListIds: true }, null, 2)}\n`);
  return changed;
}
