import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/**
 * Writes `data` so that a crash at any moment leaves either the old or the new file:
 * temp file in the same folder, fsync, rename over the target, fsync the folder.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(path));
}

/** Makes a rename (or link) durable; some platforms refuse to open folders, which is harmless there. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot fsync a directory; rename is already atomic there.
  } finally {
    await handle?.close();
  }
}

/** Whether a file name is one of our unfinished temp files (left by a crash). */
export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/**
 * Every folder of a data directory in which files are written through a temp name (`.<name>.<pid>…tmp`:
 * writeFileAtomic, the import journal, the lock, the secrets key). A folder that starts being
 * written this way must be added here, so that the temp files a crash leaves are removed on the
 * next start. (Backups are hard links or copies, never temp names.)
 */
export const TEMP_FILE_FOLDERS: readonly string[] = [
  '.',
  'journeys',
  'scenarios',
  'last-runs',
  'presentations',
  'bundles',
  'remote',
  'quarantine',
];

/** The pid a temp name carries (`.<name>.<pid>[.<hex>].tmp`, `.<name>.stale-<pid>.tmp`), if any. */
export function tempFileOwner(name: string): number | null {
  const match = /\.(?:stale-)?(\d+)(?:\.[0-9a-f]+)?\.tmp$/.exec(name);
  return match ? Number(match[1]) : null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A temp file another live process is writing right now (say, its lock file, before it knows the lock is ours). */
function inFlightElsewhere(name: string): boolean {
  const owner = tempFileOwner(name);
  return owner !== null && owner !== process.pid && processAlive(owner);
}

/**
 * Removes unfinished temp files from every folder of TEMP_FILE_FOLDERS; run on open, under the
 * lock. Temp files of other live processes are left alone: a process trying to take the lock
 * writes one before it is refused, and deleting it under its feet made that process fail with
 * ENOENT instead of the clear "already running" message. A reused pid only delays the cleanup.
 */
export async function removeLeftoverTempFiles(dataDir: string): Promise<void> {
  for (const folder of TEMP_FILE_FOLDERS) {
    const dir = join(dataDir, folder);
    const names = await readdir(dir).catch(() => [] as string[]);
    const leftovers = names.filter((n) => isTempFile(n) && !inFlightElsewhere(n));
    await Promise.all(leftovers.map((n) => rm(join(dir, n), { force: true })));
  }
}
