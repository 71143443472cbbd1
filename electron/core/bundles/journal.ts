import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';

/**
 * The undo journal of an import: the previous bytes (or absence) of every file the import will
 * touch, written durably before the first write and removed after the last. A process killed
 * mid-import leaves it behind, and the next start puts every file back before the store opens.
 */
const Journal = z.object({
  version: z.literal(1),
  files: z.array(z.object({ path: z.string(), previous: z.string().nullable() })),
});
type Journal = z.infer<typeof Journal>;

/** Where the journal lives in a data directory. */
export function journalPath(dataDir: string): string {
  return join(dataDir, 'bundles', 'import-journal.json');
}

/** Writes bytes so that a crash leaves the old or the new file: temp file, fsync, rename, fsync folder. */
export async function writeBytesAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path).catch(async (error: unknown) => {
    await unlink(temp).catch(() => undefined);
    throw error;
  });
  const dir = await open(dirname(path), 'r').catch(() => null);
  await dir?.sync().catch(() => undefined);
  await dir?.close();
}

async function readOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The files' current bytes, by absolute path (null when absent). */
export async function snapshotFiles(paths: readonly string[]): Promise<Map<string, Buffer | null>> {
  const out = new Map<string, Buffer | null>();
  for (const path of paths) out.set(path, await readOrNull(path));
  return out;
}

/** Records the previous bytes durably; must complete before the first write of the import. */
export async function writeJournal(
  dataDir: string,
  previous: Map<string, Buffer | null>,
): Promise<void> {
  const journal: Journal = {
    version: 1,
    files: [...previous].map(([path, bytes]) => ({
      path: relative(dataDir, path),
      previous: bytes ? bytes.toString('base64') : null,
    })),
  };
  await mkdir(dirname(journalPath(dataDir)), { recursive: true });
  await writeBytesAtomic(journalPath(dataDir), JSON.stringify(journal));
}

/** Drops the journal once the import is complete or fully rolled back. */
export async function clearJournal(dataDir: string): Promise<void> {
  await rm(journalPath(dataDir), { force: true });
}

/** Puts one file back to its recorded bytes, or removes it when it did not exist. */
export async function restoreFile(path: string, previous: Buffer | null): Promise<void> {
  if (previous === null) await rm(path, { force: true });
  else if (!(await readOrNull(path))?.equals(previous)) await writeBytesAtomic(path, previous);
}

/**
 * Run before the store opens: when an import was interrupted, restores every file it touched.
 * Returns how many files were put back (0 when there was nothing to recover).
 */
export async function recoverInterruptedImport(dataDir: string): Promise<number> {
  const raw = await readOrNull(journalPath(dataDir));
  if (!raw) return 0;
  let journal: Journal;
  try {
    journal = Journal.parse(JSON.parse(raw.toString('utf8')));
  } catch {
    // The journal is written atomically before any import write: a bad one means none happened.
    await clearJournal(dataDir);
    return 0;
  }
  const root = resolve(dataDir);
  for (const file of journal.files) {
    const path = resolve(root, file.path);
    if (!path.startsWith(root + sep)) continue; // never write outside the data directory
    await restoreFile(path, file.previous === null ? null : Buffer.from(file.previous, 'base64'));
  }
  await clearJournal(dataDir);
  return journal.files.length;
}
