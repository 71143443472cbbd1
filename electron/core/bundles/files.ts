import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { exportBundle } from './export';
import { writeBytesAtomic } from './journal';
import { DEFAULT_LIMITS } from './limits';

/**
 * Paths come from the desktop's native dialogs. A browser page (even with the host's token) must
 * never name files on this machine, and a relative path would depend on the process's folder.
 */
function checkedPath(ctx: CoreContext, path: string): string {
  if (ctx.mode !== 'desktop')
    throw new AppError(
      'forbidden',
      'Bundle files are read and written by path only in the desktop app; in the browser use Export (download) and Import (upload).',
      'path',
    );
  if (!isAbsolute(path))
    throw new AppError('invalid_input', `"${path}" is not an absolute path`, 'path');
  if (!path.toLowerCase().endsWith('.zip'))
    throw new AppError(
      'invalid_input',
      `"${basename(path)}" is not a .journeys.zip bundle`,
      'path',
    );
  return path;
}

/** Writes a bundle of the journeys to a file the user chose (atomically: the old file or the new one). */
export async function exportToFile(
  ctx: CoreContext,
  ids: readonly string[],
  includeVersions: boolean,
  path: string,
): Promise<{ path: string; bytes: number; count: number; warnings: string[] }> {
  const target = checkedPath(ctx, path);
  const { bytes, count, warnings } = await exportBundle(ctx, { ids, includeVersions });
  await writeBytesAtomic(target, bytes);
  return { path: target, bytes: bytes.length, count, warnings };
}

/** Reads a bundle file for preview or import, refusing one over the bundle size limit before reading it. */
export async function readBundleFile(
  ctx: CoreContext,
  path: string,
): Promise<{ fileName: string; base64: string }> {
  const source = checkedPath(ctx, path);
  const size = await stat(source).then(
    (s) => s.size,
    (error: NodeJS.ErrnoException) => {
      throw new AppError(
        'not_found',
        `Cannot read "${basename(source)}": ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
        'path',
      );
    },
  );
  if (size > DEFAULT_LIMITS.maxBundleBytes)
    throw new AppError(
      'invalid_input',
      `Bundle refused: it is ${size} bytes, over the ${DEFAULT_LIMITS.maxBundleBytes}-byte limit. Nothing was imported.`,
      'path',
    );
  return { fileName: basename(source), base64: (await readFile(source)).toString('base64') };
}
