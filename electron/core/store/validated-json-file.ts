import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

/** Raised when a file exists but is not valid JSON or breaks its schema. */
export class InvalidFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'InvalidFileError';
  }
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
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
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
