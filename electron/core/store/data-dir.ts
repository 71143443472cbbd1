import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** `--data-dir`, else `JOURNEY_STUDIO_DATA`, else the given default (userData or ~/.journey-studio). */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  fallback: string = join(homedir(), '.journey-studio'),
): string {
  const chosen = flag?.trim() || env.JOURNEY_STUDIO_DATA?.trim() || fallback;
  return resolve(chosen);
}

/** Where each kind of file lives inside a data directory. */
export function dataPaths(dataDir: string) {
  return {
    root: dataDir,
    journeys: join(dataDir, 'journeys'),
    index: join(dataDir, 'index.json'),
    workspace: join(dataDir, 'workspace.json'),
    quarantine: join(dataDir, 'quarantine'),
    backups: join(dataDir, 'backups'),
    lock: join(dataDir, 'journey-studio.lock'),
  };
}
export type DataPaths = ReturnType<typeof dataPaths>;
