import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FieldDrafts } from '../../../shared/model';
import { companionFile } from './companion-file';
import { InvalidFileError } from './validated-json-file';

// A journey's refused field values (shared/model/field-draft.ts) in `field-drafts/<id>.json`.
// A Partial content duplicate takes those of the steps whose settings it keeps (duplicate-drafts.ts);
// a new version none (a Live journey has none: Publish refuses while one is left).

const FOLDER = 'field-drafts';
const FieldDraftFile = z.object({
  schemaVersion: z.literal(1),
  journeyId: z.string().min(1),
  drafts: FieldDrafts,
});

const fileOf = (dataDir: string, journeyId: string) =>
  companionFile(dataDir, FOLDER, journeyId, FieldDraftFile);

/**
 * The journey's refused values (none: empty). A file this version cannot read counts as none:
 * the journey itself keeps its last good values, which is all a draft ever stood in front of.
 */
export async function readFieldDrafts(dataDir: string, journeyId: string): Promise<FieldDrafts> {
  try {
    return (await fileOf(dataDir, journeyId).read())?.drafts ?? {};
  } catch (e) {
    if (e instanceof InvalidFileError) return {};
    throw e;
  }
}

/** Replaces the journey's refused values; none removes the file. Callers run in the write queue. */
export async function writeFieldDrafts(
  dataDir: string,
  journeyId: string,
  drafts: FieldDrafts,
): Promise<void> {
  const file = fileOf(dataDir, journeyId);
  if (Object.keys(drafts).length === 0) {
    await rm(file.path, { force: true });
    return;
  }
  await mkdir(join(dataDir, FOLDER), { recursive: true });
  await file.write({ schemaVersion: 1, journeyId, drafts });
}

/** Forgets a deleted journey's refused values. */
export function removeFieldDrafts(dataDir: string, journeyId: string): Promise<void> {
  return writeFieldDrafts(dataDir, journeyId, {});
}
