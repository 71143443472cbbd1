import { AppError } from '../../../shared/errors';
import { Workspace } from '../../../shared/model';
import type { DataPaths } from '../store/data-dir';
import { ValidatedJsonFile } from '../store/validated-json-file';
import { migrateWorkspace } from '../store/migrations';
import { quarantineFile } from '../store/quarantine';
import { InvalidFileError } from '../store/validated-json-file';
import type { QuarantinedFile } from '../../../shared/contract/app';

/** The workspace reference data file; a damaged one is set aside and replaced by `fallback`. */
export class WorkspaceStore {
  private constructor(
    private readonly file: ValidatedJsonFile<typeof Workspace>,
    private data: Workspace,
  ) {}

  static async open(
    paths: DataPaths,
    fallback: () => Workspace,
    onQuarantine: (entry: QuarantinedFile) => void,
  ): Promise<WorkspaceStore> {
    const file = new ValidatedJsonFile(paths.workspace, Workspace, migrateWorkspace);
    let data: Workspace | null = null;
    try {
      data = await file.read();
    } catch (error) {
      if (!(error instanceof InvalidFileError)) throw error;
      onQuarantine(await quarantineFile(paths.quarantine, error.path, error.reason));
    }
    const store = new WorkspaceStore(file, data ?? fallback());
    if (!data) await file.write(store.data);
    return store;
  }

  get(): Workspace {
    return this.data;
  }

  /** Replaces the reference data after validating it whole. */
  async replace(next: unknown): Promise<Workspace> {
    const parsed = Workspace.safeParse(next);
    if (!parsed.success) throw new AppError('invalid_input', parsed.error.issues[0]?.message ?? 'Invalid workspace');
    await this.file.write(parsed.data);
    this.data = parsed.data;
    return this.data;
  }
}
