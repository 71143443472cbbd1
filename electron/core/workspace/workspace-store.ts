import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { Workspace } from '../../../shared/model';
import type { QuarantinedFile } from '../../../shared/contract/app';
import type { DataPaths } from '../store/data-dir';
import { migrateWorkspace } from '../store/migrations';
import { quarantineFile } from '../store/quarantine';
import { InvalidFileError, readUtf8File, ValidatedJsonFile } from '../store/validated-json-file';

export interface WorkspaceOpenOptions {
  /** The reference data of a brand-new data directory (demo, or empty with --empty). */
  firstStart: () => Workspace;
  /** The reference data to start from when the user's own is damaged and no backup exists. */
  empty: () => Workspace;
  /** Whether the data directory already holds the user's journeys (then it is never a first start). */
  hasUserData: boolean;
  onQuarantine: (entry: QuarantinedFile) => void;
}

/** `backups/workspace.json`: a copy of the last workspace read or written whole and valid. */
export function workspaceBackupPath(paths: DataPaths): string {
  return join(paths.backups, 'workspace.json');
}

/**
 * The workspace reference data file. A damaged one is set aside with its reason and replaced by
 * the last good copy (or an empty workspace), never by demo data: the user is told which.
 */
export class WorkspaceStore {
  private constructor(
    private readonly file: ValidatedJsonFile<typeof Workspace>,
    private readonly backup: ValidatedJsonFile<typeof Workspace>,
    private data: Workspace,
  ) {}

  static async open(paths: DataPaths, options: WorkspaceOpenOptions): Promise<WorkspaceStore> {
    const file = new ValidatedJsonFile(paths.workspace, Workspace, migrateWorkspace);
    const backup = new ValidatedJsonFile(workspaceBackupPath(paths), Workspace, migrateWorkspace);
    let data: Workspace | null = null;
    let damaged: InvalidFileError | null = null;
    try {
      data = await file.read();
    } catch (error) {
      if (!(error instanceof InvalidFileError)) throw error;
      damaged = error;
    }
    if (data) {
      const store = new WorkspaceStore(file, backup, data);
      // Kept in step with what was read: data dirs from before backups existed, and a workspace.json
      // put back byte for byte by an interrupted import's roll-back, get a current copy.
      if ((await readUtf8File(backup.path).catch(() => null)) !== serialized(data))
        await store.keepBackup();
      return store;
    }
    const kept = await readBackup(backup);
    if (damaged) {
      const outcome = kept
        ? `; the workspace was restored from its last good copy (backups/workspace.json of ${kept.savedAt})`
        : '; no backup of it exists, so the workspace starts empty (journeys are untouched)';
      options.onQuarantine(
        await quarantineFile(paths.quarantine, damaged.path, `${damaged.reason}${outcome}`),
      );
    }
    const fresh =
      kept?.data ?? (damaged || options.hasUserData ? options.empty() : options.firstStart());
    const store = new WorkspaceStore(file, backup, fresh);
    await file.write(fresh);
    if (!kept) await store.keepBackup();
    return store;
  }

  get(): Workspace {
    return this.data;
  }

  /** Replaces the reference data after validating it whole. */
  async replace(next: unknown): Promise<Workspace> {
    const parsed = Workspace.safeParse(next);
    if (!parsed.success)
      throw new AppError('invalid_input', parsed.error.issues[0]?.message ?? 'Invalid workspace');
    await this.file.write(parsed.data);
    this.data = parsed.data;
    await this.keepBackup();
    return this.data;
  }

  private async keepBackup(): Promise<void> {
    await mkdir(dirname(this.backup.path), { recursive: true });
    await this.backup.write(this.data);
  }
}

/** The bytes ValidatedJsonFile writes for a document. */
function serialized(data: Workspace): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The backup and when it was written, or null when there is none or it is damaged too. */
async function readBackup(
  backup: ValidatedJsonFile<typeof Workspace>,
): Promise<{ data: Workspace; savedAt: string } | null> {
  try {
    const data = await backup.read();
    if (!data) return null;
    return { data, savedAt: (await stat(backup.path)).mtime.toISOString() };
  } catch {
    return null;
  }
}
