import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';

/** What the lock file says about its holder; `procStart` tells a live holder from a reused pid. */
export const LockInfo = z.object({
  pid: z.number().int(),
  host: z.string(),
  startedAt: z.string(),
  procStart: z.string().nullable(),
  mode: z.string(),
});
export type LockInfo = z.infer<typeof LockInfo>;

/** A held data-directory lock; `release` is idempotent. */
export interface DataDirLock {
  path: string;
  info: LockInfo;
  release: () => void;
}

/** The kernel's start time of a process (Linux), so a pid reused after a crash is not taken for the holder. */
export function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime) comes after the parenthesised command name, which may contain spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the process a lock names is still the one that wrote it. */
export function holderAlive(info: LockInfo, ownHeld: ReadonlySet<string>, path: string): boolean {
  if (info.host !== hostname()) return true; // a network share used from another machine: never steal
  if (info.pid === process.pid) return ownHeld.has(path);
  try {
    process.kill(info.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const now = processStartOf(info.pid);
  return !(info.procStart && now && now !== info.procStart);
}

const held = new Set<string>();
let exitHookInstalled = false;

function readLock(path: string): LockInfo | null {
  try {
    const parsed = LockInfo.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What is in a data directory's lock file now: nothing, a holder, or a damaged file (which counts as stale). */
export function inspectLock(
  path: string,
): { state: 'none' } | { state: 'damaged' } | { state: 'held'; info: LockInfo } {
  if (!existsSync(path)) return { state: 'none' };
  const info = readLock(path);
  return info ? { state: 'held', info } : { state: 'damaged' };
}

/** Whether a lock was written on another machine (or a container with another host name). */
export function heldElsewhere(info: LockInfo): boolean {
  return info.host !== hostname();
}

function refusal(info: LockInfo, dataDir: string, path: string): AppError {
  if (heldElsewhere(info)) {
    // We cannot see processes on another machine, so we never take this lock over by ourselves:
    // say who holds it and how to clear it once the user knows that machine is done with the folder.
    return new AppError(
      'conflict',
      `The data directory ${dataDir} is locked by Journey Studio on another host, "${info.host}" (pid ${info.pid}, ${info.mode}, since ${info.startedAt}). ` +
        `If that machine or container no longer runs Journey Studio on this folder (for example after a restart), clear the lock with ` +
        `"journey-studio unlock --force --data-dir ${dataDir}" or delete ${path}.`,
      'dataDir',
    );
  }
  return new AppError(
    'conflict',
    `Journey Studio is already running on this data directory (pid ${info.pid}, ${info.mode}, since ${info.startedAt}, host ${info.host}). ` +
      `Close it first, or use another --data-dir than ${dataDir}.`,
    'dataDir',
  );
}

/**
 * Creates the lock file only if none exists. The content is written and synced in a temp file
 * first and then hard-linked into place (link fails if the name exists), so nobody ever reads
 * a half-written lock.
 */
function tryCreate(path: string, info: LockInfo): boolean | 'retry' {
  // Named like the store's temp files (dot first, .tmp last), so one left by a kill is cleaned up on open.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, JSON.stringify(info));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // Our temp file vanished before the link (an older build's cleanup took it): write it again.
    if (code === 'ENOENT') return 'retry';
    throw error;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
}

/**
 * Moves a lock aside and deletes it if it is still `expected` (null: a damaged one). Rename is
 * atomic, so of two processes removing it only one moves it; if what we moved turns out to be a
 * fresh lock (someone took over first), it is put back. Returns whether `expected` was removed.
 */
function removeIfSame(path: string, expected: LockInfo | null): boolean {
  // Dot-named .tmp like the temp files, so one left by a kill in the middle is cleaned up on open.
  const aside = join(dirname(path), `.${basename(path)}.stale-${process.pid}.tmp`);
  try {
    renameSync(path, aside);
  } catch {
    return false; // someone else moved it
  }
  const moved = readLock(aside);
  const same =
    expected === null
      ? moved === null
      : moved !== null &&
        moved.pid === expected.pid &&
        moved.startedAt === expected.startedAt &&
        moved.host === expected.host;
  if (!same) {
    try {
      linkSync(aside, path); // fails if yet another lock appeared; then that one wins
    } catch {
      // nothing to restore
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // already gone
  }
  return same;
}

/** Takes over a stale lock (see removeIfSame); the caller retries taking it. */
function takeOver(path: string, stale: LockInfo | null): void {
  removeIfSame(path, stale);
}

/** What `journey-studio unlock` did. */
export type UnlockOutcome =
  | { removed: false; reason: 'none' }
  | { removed: true; was: 'damaged' | 'stale' | 'forced'; info: LockInfo | null };

/**
 * Clears a data directory's lock on the user's word. A lock of a live process on this host is
 * never cleared (close that process instead); one from another host needs `force`, because only
 * the user can know that machine is done with the folder. A stale or damaged lock is removed.
 */
export function clearDataDirLock(path: string, dataDir: string, force: boolean): UnlockOutcome {
  const found = inspectLock(path);
  if (found.state === 'none') return { removed: false, reason: 'none' };
  const info = found.state === 'held' ? found.info : null;
  let was: 'damaged' | 'stale' | 'forced' = 'damaged';
  if (info) {
    if (heldElsewhere(info)) {
      if (!force)
        throw new AppError(
          'conflict',
          `${refusal(info, dataDir, path).message} Nothing was changed: add --force once you are sure.`,
          'force',
        );
      was = 'forced';
    } else if (holderAlive(info, held, path)) {
      throw refusal(info, dataDir, path);
    } else {
      was = 'stale';
    }
  }
  if (!removeIfSame(path, info))
    throw new AppError(
      'conflict',
      `The lock of ${dataDir} changed while it was being cleared; nothing was removed. Run the command again.`,
      'dataDir',
    );
  return { removed: true, was, info };
}

/**
 * Takes the exclusive lock of a data directory: a second live process is refused with a clear
 * message; a lock left by a dead process (crash, kill -9) is taken over.
 */
export function acquireDataDirLock(path: string, dataDir: string, mode: string): DataDirLock {
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    procStart: processStartOf(process.pid),
    mode,
  };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const created = tryCreate(path, info);
    if (created === 'retry') continue;
    if (created) return hold(path, info);
    const current = readLock(path);
    // An unreadable lock cannot be half-written (see tryCreate): it is damaged, so it is stale.
    if (current && holderAlive(current, held, path)) throw refusal(current, dataDir, path);
    takeOver(path, current);
  }
  throw new AppError(
    'conflict',
    `Could not take the lock of ${dataDir}; another Journey Studio keeps taking it.`,
    'dataDir',
  );
}

function hold(path: string, info: LockInfo): DataDirLock {
  held.add(path);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // A normal exit (also after an uncaught error) leaves no lock behind; a kill -9 leaves a stale one.
    process.once('exit', () => {
      for (const p of held) releasePath(p, process.pid);
    });
  }
  return { path, info, release: () => releasePath(path, info.pid, info.startedAt) };
}

function releasePath(path: string, pid: number, startedAt?: string): void {
  if (!held.delete(path)) return;
  const current = readLock(path);
  if (!current || current.pid !== pid || (startedAt && current.startedAt !== startedAt)) return;
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
