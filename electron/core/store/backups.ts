import { copyFile, link, mkdir, readdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { JourneyBackup } from '../../../shared/contract/recovery';
import { AppError } from '../../../shared/errors';
import { Journey } from '../../../shared/model';
import { migrateJourney } from './migrations';
import { InvalidFileError, ValidatedJsonFile } from './validated-json-file';

/** How many earlier revisions of each journey are kept. */
export const BACKUPS_KEPT = 10;

const BACKUP_NAME = /^(\d+)\.json$/;

/**
 * Rotating backups: before a journey file is overwritten, the previous file is kept as
 * `backups/<id>/<revision>.json`; only the last `keep` are kept.
 */
export class JourneyBackups {
  constructor(
    private readonly dir: string,
    private readonly keep: number = BACKUPS_KEPT,
  ) {}

  /**
   * Keeps the file at `path` (revision `revision` of journey `id`) before it is replaced. A hard
   * link costs nothing and is atomic, and the original is never written in place (writes rename
   * over it), so the link keeps the old bytes; file systems without links get a copy.
   */
  async keepPrevious(id: string, revision: number, path: string): Promise<void> {
    const folder = join(this.dir, id);
    await mkdir(folder, { recursive: true });
    const target = join(folder, `${revision}.json`);
    try {
      await link(path, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return; // kept already (a crash between backup and write, then a retry)
      if (code === 'ENOENT') return; // nothing to keep
      await copyFile(path, target);
    }
  }

  /** Drops all but the newest `keep` backups of a journey. */
  async prune(id: string): Promise<void> {
    const revisions = await this.revisions(id);
    await Promise.all(
      revisions
        .slice(this.keep)
        .map((r) => unlink(join(this.dir, id, `${r}.json`)).catch(() => undefined)),
    );
  }

  /** Revisions kept for a journey, newest first. */
  async revisions(id: string): Promise<number[]> {
    let names: string[];
    try {
      names = await readdir(join(this.dir, id));
    } catch {
      return [];
    }
    return names
      .flatMap((n) => {
        const m = BACKUP_NAME.exec(n);
        return m ? [Number(m[1])] : [];
      })
      .sort((a, b) => b - a);
  }

  /** What each kept revision below `before` was, newest first; a backup that no longer reads is skipped. */
  async list(id: string, before = Number.POSITIVE_INFINITY): Promise<JourneyBackup[]> {
    const out: JourneyBackup[] = [];
    for (const revision of (await this.revisions(id))
      .filter((r) => r < before)
      .slice(0, this.keep)) {
      const journey = await this.read(id, revision).catch(() => null);
      if (!journey) continue;
      out.push({
        revision,
        savedAt: journey.updatedAt,
        savedBy: journey.updatedBy,
        name: journey.name,
        status: journey.status,
        nodeCount: journey.nodes.length,
      });
    }
    return out;
  }

  /** One kept revision, validated (and migrated) like any journey file. */
  async read(id: string, revision: number): Promise<Journey> {
    const file = new ValidatedJsonFile(
      join(this.dir, id, `${revision}.json`),
      Journey,
      migrateJourney,
    );
    let journey: Journey | null;
    try {
      journey = await file.read();
    } catch (error) {
      if (error instanceof InvalidFileError) {
        throw new AppError(
          'invalid_input',
          `The backup of revision ${revision} cannot be read: ${error.reason}`,
          'revision',
        );
      }
      throw error;
    }
    if (!journey || journey.id !== id) {
      throw new AppError(
        'not_found',
        `No backup of revision ${revision} for this journey`,
        'revision',
      );
    }
    return journey;
  }

  /** Removes every backup of a journey (it was deleted permanently). */
  async removeAll(id: string): Promise<void> {
    await rm(join(this.dir, id), { recursive: true, force: true });
  }
}
