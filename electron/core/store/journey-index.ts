import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { JourneySummary, SCHEMA_VERSION } from '../../../shared/model';
import { ValidatedJsonFile } from './validated-json-file';

/** Size and modification time of a journey file when it was indexed. */
export const FileStamp = z.object({ size: z.number(), mtimeMs: z.number() });
export type FileStamp = z.infer<typeof FileStamp>;

export const IndexEntry = z.object({ summary: JourneySummary, stamp: FileStamp });
export type IndexEntry = z.infer<typeof IndexEntry>;

export const JourneyIndexFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  entries: z.array(IndexEntry),
});
export type JourneyIndexFile = z.infer<typeof JourneyIndexFile>;

/** The journey ids present on disk (`<id>.json` files), ignoring temp files. */
export async function journeyIdsOnDisk(journeysDir: string): Promise<string[]> {
  const names = await readdir(journeysDir);
  return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => n.slice(0, -5));
}

/** The stamp of a file now. */
export async function stampOf(path: string): Promise<FileStamp> {
  const s = await stat(path);
  return { size: s.size, mtimeMs: s.mtimeMs };
}

/** The index's entries by id; an unreadable index counts as empty (it is rebuildable). */
export async function readIndex(indexPath: string): Promise<Map<string, IndexEntry>> {
  try {
    const index = await new ValidatedJsonFile(indexPath, JourneyIndexFile).read();
    return new Map((index?.entries ?? []).map((e) => [e.summary.id, e]));
  } catch {
    return new Map();
  }
}

/**
 * Splits the files on disk into those the index still describes (same size and mtime)
 * and those that must be read again (new, changed, or missing from the index).
 */
export async function reconcile(
  journeysDir: string,
  ids: string[],
  index: Map<string, IndexEntry>,
): Promise<{ fresh: IndexEntry[]; stale: string[] }> {
  const fresh: IndexEntry[] = [];
  const stale: string[] = [];
  await Promise.all(
    ids.map(async (id) => {
      const entry = index.get(id);
      // A name that cannot be stat'ed (a broken link) is read again, which reports or skips it.
      const now = await stampOf(join(journeysDir, `${id}.json`)).catch(() => null);
      if (entry && now && entry.stamp.size === now.size && entry.stamp.mtimeMs === now.mtimeMs)
        fresh.push(entry);
      else stale.push(id);
    }),
  );
  return { fresh, stale: stale.sort() };
}
