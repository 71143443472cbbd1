import { existsSync } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../../../shared/errors';
import type { QuarantinedFile } from '../../../shared/contract/app';
import { Journey, SCHEMA_VERSION, summarize, type JourneySummary } from '../../../shared/model';
import { removeLeftoverTempFiles, writeFileAtomic } from './atomic-file';
import { JourneyBackups } from './backups';
import type { DataPaths } from './data-dir';
import {
  journeyIdsOnDisk,
  readIndex,
  reconcile,
  stampOf,
  type FileStamp,
  type JourneyIndexFile,
} from './journey-index';
import { migrateJourney } from './migrations';
import { listQuarantine, quarantineFile } from './quarantine';
import { InvalidFileError, ValidatedJsonFile } from './validated-json-file';

const INDEX_DEBOUNCE_MS = 50;

/**
 * One JSON file per journey plus a rebuildable index. The only writer of its data directory:
 * writes are atomic and validated on the way back in. It does not queue writes itself: its
 * writers run one at a time in the core's write queue (electron/core/write-queue.ts).
 */
export class JourneyStore {
  private readonly summaries = new Map<string, JourneySummary>();
  private readonly stamps = new Map<string, FileStamp>();
  private readonly cache = new Map<string, Journey>();
  private indexTimer: NodeJS.Timeout | undefined;
  private indexWrite: Promise<void> = Promise.resolve();
  private setAside: QuarantinedFile[] = [];
  /** Set aside since this store was opened (the CLI reports these on stderr). */
  private readonly newlySet: QuarantinedFile[] = [];
  /** Earlier revisions kept before each overwrite. */
  readonly backups: JourneyBackups;

  private constructor(private readonly paths: DataPaths) {
    this.backups = new JourneyBackups(paths.backups);
  }

  /**
   * Opens (creating if needed) the store. Index entries whose file is unchanged are trusted;
   * new or changed files are read (and quarantined if bad), and the index is rewritten.
   */
  static async open(paths: DataPaths): Promise<JourneyStore> {
    const store = new JourneyStore(paths);
    await mkdir(paths.journeys, { recursive: true });
    await store.removeLeftoverTempFiles();
    store.setAside = await listQuarantine(paths.quarantine);
    const ids = await journeyIdsOnDisk(paths.journeys);
    const index = await readIndex(paths.index);
    const { fresh, stale } = await reconcile(paths.journeys, ids, index);
    for (const entry of fresh) {
      store.summaries.set(entry.summary.id, entry.summary);
      store.stamps.set(entry.summary.id, entry.stamp);
    }
    if (stale.length || index.size !== fresh.length) await store.reindex(stale);
    return store;
  }

  /** Summaries of every journey, newest update first. */
  list(): JourneySummary[] {
    return [...this.summaries.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  has(id: string): boolean {
    return this.summaries.has(id);
  }

  /** Files set aside because they could not be read, newest first (this and earlier runs). */
  quarantined(): QuarantinedFile[] {
    return this.setAside;
  }

  /** Files set aside since this store was opened. */
  newlyQuarantined(): QuarantinedFile[] {
    return this.newlySet;
  }

  /** Records a file another store of this data directory set aside, so the one recovery report lists it. */
  reportSetAside(entry: QuarantinedFile): void {
    this.setAside.unshift(entry);
    this.newlySet.push(entry);
  }

  /** One journey; a file that no longer reads is quarantined and reported as not found. */
  async get(id: string): Promise<Journey> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    if (!this.summaries.has(id))
      throw new AppError('not_found', `No journey with id "${id}"`, 'id');
    const journey = await this.readJourney(id);
    if (!journey)
      throw new AppError('not_found', `Journey "${id}" could not be read and was set aside`, 'id');
    return journey;
  }

  /** Writes a brand-new journey. */
  async create(journey: Journey): Promise<Journey> {
    if (this.summaries.has(journey.id))
      throw new AppError('conflict', `Journey "${journey.id}" already exists`, 'id');
    return this.write(Journey.parse(journey));
  }

  /**
   * Writes several brand-new journeys at once, all or none: files are written in parallel
   * (their fsyncs overlap, which is what makes a 500-journey import fast) and any file already
   * written is removed again when one fails.
   */
  async createMany(journeys: Journey[], parallel = 50): Promise<Journey[]> {
    const parsed = journeys.map((j) => Journey.parse(j));
    const clash = parsed.find((j) => this.summaries.has(j.id));
    if (clash) throw new AppError('conflict', `Journey "${clash.id}" already exists`, 'id');
    const written: Journey[] = [];
    try {
      for (let i = 0; i < parsed.length; i += parallel) {
        const chunk = parsed.slice(i, i + parallel);
        const results = await Promise.allSettled(chunk.map((j) => this.write(j)));
        for (const r of results) if (r.status === 'fulfilled') written.push(r.value);
        const failed = results.find((r) => r.status === 'rejected');
        if (failed) throw (failed as PromiseRejectedResult).reason;
      }
    } catch (error) {
      for (const j of written) await this.forget(j.id);
      throw error;
    }
    return written;
  }

  /**
   * Replaces a journey with `change(current)`, bumping its revision. When `baseRevision` is given
   * and is not the current one, nothing is written and a conflict is raised.
   */
  async update(
    id: string,
    baseRevision: number | null,
    change: (current: Journey) => Journey,
  ): Promise<Journey> {
    const current = await this.get(id);
    if (baseRevision !== null && baseRevision !== current.revision) {
      throw new AppError(
        'conflict',
        `Journey "${current.name}" changed elsewhere (revision ${current.revision}, you started from ${baseRevision}). Reload it before saving.`,
        'baseRevision',
      );
    }
    const next = Journey.parse({ ...change(current), id, revision: current.revision + 1 });
    return this.write(next);
  }

  /**
   * Rewrites a journey a data migration changed, keeping its revision: nobody edited it, so open
   * editors and last runs stay current. The previous file is kept as a backup like any write.
   */
  async rewriteMigrated(journey: Journey): Promise<Journey> {
    const current = await this.get(journey.id);
    return this.write(Journey.parse({ ...journey, revision: current.revision }));
  }

  /** Deletes a journey file permanently. */
  async remove(id: string): Promise<void> {
    await this.get(id);
    await this.forget(id);
  }

  /** Deletes a journey's file, backups and index entry. */
  private async forget(id: string): Promise<void> {
    await unlink(this.fileOf(id));
    await this.backups.removeAll(id);
    this.summaries.delete(id);
    this.stamps.delete(id);
    this.cache.delete(id);
    this.scheduleIndexWrite();
  }

  /** Writes the pending index now (the core first waits for its write queue to drain). */
  async flush(): Promise<void> {
    if (this.indexTimer) {
      clearTimeout(this.indexTimer);
      this.indexTimer = undefined;
      this.indexWrite = this.writeIndex();
    }
    await this.indexWrite;
  }

  private fileOf(id: string): string {
    return join(this.paths.journeys, `${id}.json`);
  }

  private adapterOf(id: string) {
    return new ValidatedJsonFile(this.fileOf(id), Journey, migrateJourney);
  }

  private async write(journey: Journey): Promise<Journey> {
    const previous = this.summaries.get(journey.id);
    if (previous)
      await this.backups.keepPrevious(journey.id, previous.revision, this.fileOf(journey.id));
    const db = new Low(this.adapterOf(journey.id), journey);
    await db.write();
    if (previous) await this.backups.prune(journey.id);
    this.stamps.set(journey.id, await stampOf(this.fileOf(journey.id)));
    this.cache.set(journey.id, journey);
    this.summaries.set(journey.id, summarize(journey));
    this.scheduleIndexWrite();
    return journey;
  }

  private async readJourney(id: string): Promise<Journey | null> {
    let journey: Journey | null;
    try {
      journey = await this.adapterOf(id).read();
      // The file name is the id every channel uses: a file holding another id (a copy, a hand
      // rename) would list an entry that can be neither opened nor deleted.
      if (journey && journey.id !== id)
        throw new InvalidFileError(this.fileOf(id), this.misnamed(id, journey));
    } catch (error) {
      if (!(error instanceof InvalidFileError)) throw error;
      this.reportSetAside(await quarantineFile(this.paths.quarantine, error.path, error.reason));
      this.summaries.delete(id);
      this.stamps.delete(id);
      this.cache.delete(id);
      this.scheduleIndexWrite();
      return null;
    }
    if (journey) this.cache.set(id, journey);
    return journey;
  }

  private misnamed(fileId: string, journey: Journey): string {
    const twin = existsSync(this.fileOf(journey.id))
      ? `, and ${journey.id}.json holds that journey already (a copy?)`
      : '';
    return `holds journey id "${journey.id}" but is named ${fileId}.json${twin}; a journey file must be named after its id`;
  }

  /** Reads the given files again and rewrites the index. */
  private async reindex(ids: string[]): Promise<void> {
    for (const id of ids) {
      const journey = await this.readJourney(id);
      if (!journey) continue;
      this.summaries.set(id, summarize(journey));
      this.stamps.set(id, await stampOf(this.fileOf(id)));
    }
    this.cache.clear(); // keep memory flat after reading thousands of files
    await this.writeIndex();
  }

  private scheduleIndexWrite(): void {
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined;
      // The index is rebuildable: a failed write is logged and repaired on next open.
      this.indexWrite = this.indexWrite
        .then(() => this.writeIndex())
        .catch((error: Error) => {
          console.error(
            `Journey Studio: could not write the journey index (${error.message}); it will be rebuilt on next start.`,
          );
        });
    }, INDEX_DEBOUNCE_MS);
    this.indexTimer.unref?.();
  }

  private async writeIndex(): Promise<void> {
    const entries = [...this.summaries.values()].flatMap((summary) => {
      const stamp = this.stamps.get(summary.id);
      return stamp ? [{ summary, stamp }] : [];
    });
    const file: JourneyIndexFile = { schemaVersion: SCHEMA_VERSION, entries };
    await writeFileAtomic(this.paths.index, JSON.stringify(file));
  }

  private async removeLeftoverTempFiles(): Promise<void> {
    await removeLeftoverTempFiles(this.paths.root);
  }
}
