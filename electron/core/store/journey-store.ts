import { mkdir, rm, unlink, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../../../shared/errors';
import type { QuarantinedFile } from '../../../shared/contract/app';
import { Journey, SCHEMA_VERSION, summarize, type JourneySummary } from '../../../shared/model';
import { isTempFile } from './atomic-file';
import type { DataPaths } from './data-dir';
import { JourneyIndexFile, journeyIdsOnDisk, readFreshIndex } from './journey-index';
import { migrateJourney } from './migrations';
import { listQuarantine, quarantineFile } from './quarantine';
import { InvalidFileError, ValidatedJsonFile } from './validated-json-file';

const INDEX_DEBOUNCE_MS = 50;

/**
 * One JSON file per journey plus a rebuildable index. The only writer of its data directory:
 * writes are serialized, atomic, and validated on the way back in.
 */
export class JourneyStore {
  private readonly summaries = new Map<string, JourneySummary>();
  private readonly cache = new Map<string, Journey>();
  private queue: Promise<unknown> = Promise.resolve();
  private indexTimer: NodeJS.Timeout | undefined;
  private indexWrite: Promise<void> = Promise.resolve();
  private setAside: QuarantinedFile[] = [];

  private constructor(private readonly paths: DataPaths) {}

  /** Opens (creating if needed) the store; rebuilds the index when it is missing or stale. */
  static async open(paths: DataPaths): Promise<JourneyStore> {
    const store = new JourneyStore(paths);
    await mkdir(paths.journeys, { recursive: true });
    await store.removeLeftoverTempFiles();
    const ids = await journeyIdsOnDisk(paths.journeys);
    const indexed = await readFreshIndex(paths.index, paths.journeys, ids);
    if (indexed) for (const s of indexed) store.summaries.set(s.id, s);
    else await store.rebuildIndex(ids);
    store.setAside = await listQuarantine(paths.quarantine);
    return store;
  }

  /** Summaries of every journey, newest update first. */
  list(): JourneySummary[] {
    return [...this.summaries.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  has(id: string): boolean {
    return this.summaries.has(id);
  }

  /** Files set aside because they could not be read. */
  quarantined(): QuarantinedFile[] {
    return this.setAside;
  }

  /** One journey; a file that no longer reads is quarantined and reported as not found. */
  async get(id: string): Promise<Journey> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    if (!this.summaries.has(id)) throw new AppError('not_found', `No journey with id "${id}"`, 'id');
    const journey = await this.readJourney(id);
    if (!journey) throw new AppError('not_found', `Journey "${id}" could not be read and was set aside`, 'id');
    return journey;
  }

  /** Writes a brand-new journey. */
  create(journey: Journey): Promise<Journey> {
    return this.serialize(async () => {
      if (this.summaries.has(journey.id)) throw new AppError('conflict', `Journey "${journey.id}" already exists`, 'id');
      return this.write(Journey.parse(journey));
    });
  }

  /**
   * Replaces a journey with `change(current)`, bumping its revision. When `baseRevision` is given
   * and is not the current one, nothing is written and a conflict is raised.
   */
  update(id: string, baseRevision: number | null, change: (current: Journey) => Journey): Promise<Journey> {
    return this.serialize(async () => {
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
    });
  }

  /** Deletes a journey file permanently. */
  remove(id: string): Promise<void> {
    return this.serialize(async () => {
      await this.get(id);
      await unlink(this.fileOf(id));
      this.summaries.delete(id);
      this.cache.delete(id);
      this.scheduleIndexWrite();
    });
  }

  /** Waits for pending writes, including the index. */
  async flush(): Promise<void> {
    await this.queue.catch(() => undefined);
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
    const db = new Low(this.adapterOf(journey.id), journey);
    await db.write();
    this.cache.set(journey.id, journey);
    this.summaries.set(journey.id, summarize(journey));
    this.scheduleIndexWrite();
    return journey;
  }

  private async readJourney(id: string): Promise<Journey | null> {
    let journey: Journey | null;
    try {
      journey = await this.adapterOf(id).read();
    } catch (error) {
      if (!(error instanceof InvalidFileError)) throw error;
      this.setAside.unshift(await quarantineFile(this.paths.quarantine, error.path, error.reason));
      this.summaries.delete(id);
      this.scheduleIndexWrite();
      return null;
    }
    if (journey) this.cache.set(id, journey);
    return journey;
  }

  private async rebuildIndex(ids: string[]): Promise<void> {
    this.summaries.clear();
    for (const id of ids) {
      const journey = await this.readJourney(id);
      if (journey) this.summaries.set(id, summarize(journey));
    }
    this.cache.clear(); // keep memory flat after a rebuild of thousands of files
    await this.writeIndex();
  }

  private scheduleIndexWrite(): void {
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined;
      this.indexWrite = this.indexWrite.then(() => this.writeIndex());
    }, INDEX_DEBOUNCE_MS);
    this.indexTimer.unref?.();
  }

  private async writeIndex(): Promise<void> {
    const file: JourneyIndexFile = { schemaVersion: SCHEMA_VERSION, journeys: [...this.summaries.values()] };
    await new ValidatedJsonFile(this.paths.index, JourneyIndexFile).write(file);
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async removeLeftoverTempFiles(): Promise<void> {
    for (const dir of [this.paths.journeys, this.paths.root]) {
      const names = await readdir(dir).catch(() => [] as string[]);
      await Promise.all(names.filter(isTempFile).map((n) => rm(join(dir, n), { force: true })));
    }
  }
}
