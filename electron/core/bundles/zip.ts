import { Unzip, UnzipInflate, zipSync, type Zippable } from 'fflate';
import { bundleError, type BundleLimits } from './limits';

/**
 * A fixed modification time for every entry. fflate encodes DOS time from local-time fields,
 * so a local Date (not a UTC instant) gives the same bytes in every time zone.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** A zip whose bytes depend only on the files: sorted entries, fixed mtime, fixed level. */
export function writeZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const path of [...files.keys()].sort())
    zippable[path] = [files.get(path) as Uint8Array, { level: 6, mtime: FIXED_MTIME }];
  return zipSync(zippable);
}

/**
 * How much of the zip is handed to the streaming reader at a time. Deflate expands at most about
 * 1,032 times, so one slice inflates to at most ~4 MB before the size check sees it (a bomb is
 * stopped within a few MB of the limit), and fflate's reader, which recurses once per entry
 * inside one pushed slice, never nests deeper than the entries a slice can hold (~130).
 */
const SLICE_BYTES = 4 * 1024;

/**
 * Inflates a zip as a stream, refusing it when the declared sizes (checked before inflating) or
 * the real inflated sizes (counted as each chunk comes out, whatever the headers claim) break the
 * limits, or when an entry repeats. Reading stops at the first refusal.
 */
export function readZip(bytes: Uint8Array, limits: BundleLimits): Map<string, Uint8Array> {
  if (bytes.length > limits.maxBundleBytes)
    throw bundleError(`it is ${bytes.length} bytes, over the ${limits.maxBundleBytes}-byte limit`);
  const files = new Map<string, Uint8Array>();
  let entries = 0;
  let declaredTotal = 0;
  let inflatedTotal = 0;
  let failure: Error | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (failure) return;
    entries += 1;
    declaredTotal += file.originalSize ?? 0;
    if (entries > limits.maxEntries) failure = bundleError(`more than ${limits.maxEntries} files`);
    else if (files.has(file.name)) failure = bundleError(`"${file.name}" appears twice`);
    else if ((file.originalSize ?? 0) > limits.maxFileBytes)
      failure = bundleError(
        `"${file.name}" would inflate to ${file.originalSize} bytes, over the ${limits.maxFileBytes}-byte limit`,
      );
    else if (declaredTotal > limits.maxTotalBytes)
      failure = bundleError(`its files would inflate to more than ${limits.maxTotalBytes} bytes`);
    if (failure) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = bundleError(`"${file.name}" is damaged (${error.message})`);
        return;
      }
      size += chunk.length;
      inflatedTotal += chunk.length;
      // Declared sizes can lie: count what really comes out.
      if (size > limits.maxFileBytes || inflatedTotal > limits.maxTotalBytes) {
        failure = bundleError(`"${file.name}" inflates beyond the size limit`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files.set(file.name, concat(chunks, size));
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length && !failure; at += SLICE_BYTES) {
      const end = Math.min(at + SLICE_BYTES, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    if (!failure) failure = bundleError(`not a readable zip file (${(error as Error).message})`);
  }
  if (failure) throw failure;
  if (entries === 0) throw bundleError('not a zip file, or an empty one');
  return files;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
