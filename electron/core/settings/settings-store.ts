import { join } from 'node:path';
import { Low } from 'lowdb';
import type { QuarantinedFile } from '../../../shared/contract/app';
import { UiSettings } from '../../../shared/contract/settings';
import { migrateSettings } from '../store/migrations';
import { quarantineFile } from '../store/quarantine';
import { InvalidFileError, ValidatedJsonFile } from '../store/validated-json-file';

const DEFAULTS: UiSettings = { schemaVersion: 1, libraryColumns: null };

/**
 * Remembered UI preferences in `<data dir>/settings.json`. Losing them costs little, so a damaged
 * file does not block the app: it is set aside with its reason (reported like any other) and the
 * defaults are used until the next save.
 */
export class SettingsStore {
  private constructor(private readonly db: Low<UiSettings>) {}

  /** Opens the settings file, or the defaults when there is none (or it had to be set aside). */
  static async open(
    dataDir: string,
    onQuarantine: (entry: QuarantinedFile) => void = () => undefined,
  ): Promise<SettingsStore> {
    const db = new Low(
      new ValidatedJsonFile(join(dataDir, 'settings.json'), UiSettings, migrateSettings),
      { ...DEFAULTS },
    );
    try {
      await db.read();
    } catch (error) {
      if (!(error instanceof InvalidFileError)) throw error;
      onQuarantine(
        await quarantineFile(
          join(dataDir, 'quarantine'),
          error.path,
          `${error.reason}; the default settings are used instead`,
        ),
      );
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
