import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppError, ErrorPayload } from '../../../shared/errors';

/**
 * Size, mtime and inode of every file under a folder: any write (atomic writes rename a new
 * inode into place) changes it, at the cost of a stat, so it can run around every fuzz case.
 */
export function statSnapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const s = statSync(path);
      if (s.isDirectory()) walk(path);
      else out[relative(root, path)] = `${s.size}:${s.mtimeMs}:${s.ino}`;
    }
  };
  walk(root);
  return out;
}

/** How a call ended: a value, a refusal, or nothing within the time limit. */
export type Settled =
  { kind: 'ok'; value: unknown } | { kind: 'error'; error: unknown } | { kind: 'hang' };

/** Waits for a promise at most `ms`; a hang is an outcome, not a stuck test. */
export async function settle(work: () => Promise<unknown>, ms: number): Promise<Settled> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Settled>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'hang' }), ms);
  });
  try {
    return await Promise.race([
      work().then(
        (value): Settled => ({ kind: 'ok', value }),
        (error: unknown): Settled => ({ kind: 'error', error }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Why a refusal is not a clear error, or null when it is an AppError with a code and a message. */
export function unclearError(error: unknown): string | null {
  if (!(error instanceof AppError))
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} instead of an AppError`;
  const payload = ErrorPayload.safeParse(error.toPayload());
  if (!payload.success)
    return `error payload does not match ErrorPayload: ${payload.error.message}`;
  if (error.code === 'internal') return `internal error: ${error.message}`;
  if (!error.message.trim()) return 'empty error message';
  return null;
}

/** Shortens a value for a failure message. */
export function preview(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
