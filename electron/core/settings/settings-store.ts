import { join } from 'node:path';
import { Low } from 'lowdb';
import { UiSettings } from '../../../shared/contract/settings';
import { migrateSettings } from '../store/migrations';
import { ValidatedJsonFile } from '../store/validated-json-file';

const DEFAULTS: UiSettings = { schemaVersion: 1, libraryColumns: null };

/**
 * Remembered UI preferences in `<data dir>/settings.json`. Losing them costs little, so a damaged
 * file falls back to defaults instead of blocking the app; the next save replaces it.
 */
export class SettingsStore {
  private constructor(private readonly db: Low<UiSettings>) {}

  /** Opens the settings file, or the defaults when there is none (or it does not read). */
  static async open(dataDir: string): Promise<SettingsStore> {
    const db = new Low(new ValidatedJsonFile(join(dataDir, 'settings.json'), UiSettings, migrateSettings), { ...DEFAULTS });
    try {
      await db.read();
    } catch {
      db.data = { ...DEFAULTS };
    }
    return new SettingsStore(db);
  }

  get(): UiSettings {
    return this.db.data;
  }

  /** Applies a partial change and writes the file atomically. */
  async set(patch: Partial<Omit<UiSettings, 'schemaVersion'>>): Promise<UiSettings> {
    const next = UiSettings.parse({ ...this.db.data, ...patch });
    this.db.data = next;
    await this.db.write();
    return next;
  }
}
