import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

/** Raised when a file exists but cannot be read, is not UTF-8 JSON, or breaks its schema. */
export class InvalidFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'InvalidFileError';
  }
}

// Errors that say this one entry is unusable (no permission, a folder where a file belongs), not
// that the disk or the process is in trouble: the file is set aside and everything else loads.
const UNREADABLE_CODES: Record<string, string> = {
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: operation not permitted',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'is a symbolic link (not followed: a data file must be a plain file)',
};

// Fatal: invalid bytes are refused, never replaced by U+FFFD (which would silently change the text on the next save).
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Larger than any file the app writes: a bigger one is not ours, and reading it could exhaust memory. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * The bytes of a plain file. A symbolic link is not followed and a FIFO, device or socket is not
 * read (a link to /dev/zero or a named pipe would otherwise hang the app or fill its memory).
 */
async function readPlainFile(path: string): Promise<Buffer> {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (!info.isFile())
      throw new InvalidFileError(path, 'is not a plain file (a FIFO, device or socket)');
    if (info.size > MAX_FILE_BYTES)
      throw new InvalidFileError(path, `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The file's text, or null when it does not exist; unusable entries and invalid UTF-8 are an InvalidFileError. */
export async function readUtf8File(path: string): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readPlainFile(path);
  } catch (error) {
    if (error instanceof InvalidFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') return null;
    const reason = UNREADABLE_CODES[code];
    if (reason) throw new InvalidFileError(path, `${reason} (${code})`);
    throw error;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InvalidFileError(
      path,
      `is not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})`,
    );
  }
}

/**
 * Where the first invalid sequence starts (only run on a bad file): the longest prefix that decodes
 * is found by bisection; if it ends inside an unfinished multi-byte character, that is where it starts.
 */
function firstInvalidUtf8Offset(bytes: Buffer): number {
  const end = longestDecodablePrefix(bytes);
  let lead = end;
  while (lead > 0 && end - lead < 3 && (bytes[lead - 1]! & 0xc0) === 0x80) lead -= 1;
  if (lead === 0) return end;
  const first = bytes[lead - 1]!;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return length > 1 && lead - 1 + length > end ? lead - 1 : end;
}

function longestDecodablePrefix(bytes: Buffer): number {
  const decodes = (end: number) => {
    try {
      // stream: true lets a prefix end inside a valid multi-byte character.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (decodes(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

/**
 * A lowdb adapter for one JSON document: validated with zod on every read, written atomically
 * (lowdb's own JSONFile renames but does not fsync).
 */
export class ValidatedJsonFile<S extends z.ZodType> implements Adapter<z.output<S>> {
  constructor(
    readonly path: string,
    private readonly schema: S,
    private readonly migrate: (raw: unknown) => unknown = (raw) => raw,
  ) {}

  async read(): Promise<z.output<S> | null> {
    const text = await readUtf8File(this.path);
    if (text === null) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new InvalidFileError(this.path, `not valid JSON (${(error as Error).message})`);
    }
    let migrated: unknown;
    try {
      migrated = this.migrate(raw);
    } catch (error) {
      // A file from a newer app (or with no migration path) is set aside with the reason, never rewritten.
      throw new InvalidFileError(this.path, (error as Error).message);
    }
    const parsed = this.schema.safeParse(migrated);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidFileError(
        this.path,
        `does not match the schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
      );
    }
    return parsed.data;
  }

  async write(data: z.output<S>): Promise<void> {
    await writeFileAtomic(this.path, `${JSON.stringify(data, null, 2)}\n`);
  }
}
