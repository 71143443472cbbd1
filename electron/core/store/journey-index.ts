import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { JourneySummary, SCHEMA_VERSION } from '../../../shared/model';
import { ValidatedJsonFile } from './validated-json-file';

export const JourneyIndexFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  journeys: z.array(JourneySummary),
});
export type JourneyIndexFile = z.infer<typeof JourneyIndexFile>;

/** The journey ids present on disk (`<id>.json` files), ignoring temp files. */
export async function journeyIdsOnDisk(journeysDir: string): Promise<string[]> {
  const names = await readdir(journeysDir);
  return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => n.slice(0, -5));
}

/**
 * Reads the index if it can be trusted: it must parse, list exactly the files on disk,
 * and be at least as new as every journey file. Otherwise null, and the caller rebuilds it.
 */
export async function readFreshIndex(
  indexPath: string,
  journeysDir: string,
  ids: string[],
): Promise<JourneySummary[] | null> {
  let index: JourneyIndexFile | null;
  try {
    index = await new ValidatedJsonFile(indexPath, JourneyIndexFile).read();
  } catch {
    return null;
  }
  if (!index || index.journeys.length !== ids.length) return null;
  const listed = new Set(index.journeys.map((j) => j.id));
  if (!ids.every((id) => listed.has(id))) return null;
  const indexTime = (await stat(indexPath)).mtimeMs;
  const times = await Promise.all(ids.map((id) => stat(join(journeysDir, `${id}.json`))));
  if (times.some((t) => t.mtimeMs > indexTime)) return null;
  return index.journeys;
}
