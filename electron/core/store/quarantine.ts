import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { QuarantinedFile } from '../../../shared/contract/app';
import { writeFileAtomic } from './atomic-file';

/**
 * Moves a file that cannot be read into `quarantine/` with a reason beside it,
 * so it is set aside and reported, never silently dropped.
 */
export async function quarantineFile(
  quarantineDir: string,
  path: string,
  reason: string,
  now = new Date(),
): Promise<QuarantinedFile> {
  await mkdir(quarantineDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(quarantineDir, `${stamp}-${basename(path)}`);
  await rename(path, target);
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
      entries.push(JSON.parse(await readFile(join(quarantineDir, name), 'utf8')) as QuarantinedFile);
    } catch {
      entries.push({ file: name.replace(/\.reason\.json$/, ''), reason: 'reason file unreadable', at: '' });
    }
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}
