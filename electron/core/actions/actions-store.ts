import { join } from 'node:path';
import { Low } from 'lowdb';
import type { QuarantinedFile } from '../../../shared/contract/app';
import { ActionsFile, type ActionDefinition } from '../../../shared/custom-actions';
import { quarantineFile } from '../store/quarantine';
import { InvalidFileError, ValidatedJsonFile } from '../store/validated-json-file';

const EMPTY: ActionsFile = { schemaVersion: 1, actions: [] };

/**
 * `<data dir>/actions.json`: Action definitions without secret values (those live in the secrets
 * store, referenced by id). Validated on read, written atomically; a damaged file is quarantined.
 */
export class ActionsStore {
  private constructor(private readonly db: Low<ActionsFile>) {}

  /** Opens the file, or starts empty; `seed` fills a new file (the demo Mock Action). */
  static async open(
    dataDir: string,
    options: {
      seed?: () => ActionDefinition[];
      onQuarantine?: (entry: QuarantinedFile) => void;
    } = {},
  ): Promise<ActionsStore> {
    const path = join(dataDir, 'actions.json');
    const file = new ValidatedJsonFile(path, ActionsFile);
    let data: ActionsFile | null = null;
    try {
      data = await file.read();
    } catch (error) {
      if (!(error instanceof InvalidFileError)) throw error;
      options.onQuarantine?.(
        await quarantineFile(join(dataDir, 'quarantine'), error.path, error.reason),
      );
    }
    const db = new Low(file, data ?? { ...EMPTY, actions: options.seed?.() ?? [] });
    if (!data && options.seed) await db.write();
    return new ActionsStore(db);
  }

  list(): ActionDefinition[] {
    return this.db.data.actions;
  }

  find(id: string): ActionDefinition | undefined {
    return this.db.data.actions.find((a) => a.id === id);
  }

  /** Inserts or replaces a definition and writes the file. */
  async put(def: ActionDefinition): Promise<void> {
    const others = this.db.data.actions.filter((a) => a.id !== def.id);
    const index = this.db.data.actions.findIndex((a) => a.id === def.id);
    const actions =
      index < 0 ? [...others, def] : this.db.data.actions.map((a) => (a.id === def.id ? def : a));
    await this.commit({ ...this.db.data, actions });
  }

  async remove(id: string): Promise<void> {
    await this.commit({
      ...this.db.data,
      actions: this.db.data.actions.filter((a) => a.id !== id),
    });
  }

  /** Writes first, then swaps the in-memory copy, so a failed write changes nothing. */
  private async commit(next: ActionsFile): Promise<void> {
    const parsed = ActionsFile.parse(next);
    await this.db.adapter.write(parsed);
    this.db.data = parsed;
  }
}
