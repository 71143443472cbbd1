import { mkdir, readdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { QuarantinedFile } from '../../../shared/contract/app';
import { writeFileAtomic } from './atomic-file';
import { readUtf8File } from './validated-json-file';

/**
 * Moves a file that cannot be read into `quarantine/` with a reason beside it,
 * so it is set aside and reported, never silently dropped. When it cannot even be moved
 * (its folder is read-only), it stays where it is, is skipped, and the reason says so.
 */
export async function quarantineFile(
  quarantineDir: string,
  path: string,
  reason: string,
  now = new Date(),
): Promise<QuarantinedFile> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(quarantineDir, `${stamp}-${basename(path)}`);
  try {
    await mkdir(quarantineDir, { recursive: true });
    await rename(path, target);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      file: basename(path),
      reason: `${reason}; it could not be moved to quarantine (${why}), so it stays in place and is skipped`,
      at: now.toISOString(),
    };
  }
  const entry: QuarantinedFile = { file: basename(path), reason, at: now.toISOString() };
  await writeFileAtomic(`${target}.reason.json`, `${JSON.stringify(entry, null, 2)}\n`);
  return entry;
}

/** Every file set aside so far, newest first. */
export async function listQuarantine(quarantineDir: string): Promise<QuarantinedFile[]> {
  let names: string[];
  try {
    names = await readdir(quarantineDir);
  } catch {
    return [];
  }
  const entries: QuarantinedFile[] = [];
  for (const name of names.filter((n) => n.endsWith('.reason.json'))) {
    try {
      entries.push(
        JSON.parse((await readUtf8File(join(quarantineDir, name))) ?? '') as QuarantinedFile,
      );
    } catch {
      entries.push({
        file: name.replace(/\.reason\.json$/, ''),
        reason: 'reason file unreadable',
        at: '',
      });
    }
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}
