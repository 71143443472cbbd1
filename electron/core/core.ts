import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { QuarantinedFile } from '../../shared/contract/app';
import { SCHEMA_VERSION, type Workspace } from '../../shared/model';
import type { CoreContext } from './context';
import { openFileSecretStore } from './secrets/encrypted-file-store';
import type { SecretCipher } from './secrets/secret-store';
import { actionChannels } from '../../shared/contract/actions';
import { bundleChannels } from '../../shared/contract/bundles';
import { hubChannels } from '../../shared/contract/hub';
import { presentationChannels } from '../../shared/contract/presentation';
import { remoteChannels } from '../../shared/contract/remotes';
import { reportChannels } from '../../shared/contract/reports';
import { simulationChannels } from '../../shared/contract/simulation';
import { templateChannels } from '../../shared/contract/templates';
import { createDispatch, mergeHandlers, type Dispatch } from './dispatcher';
import { appHandlers } from './handlers/app';
import { recoverInterruptedImport } from './bundles/journal';
import { fieldDraftHandlers } from './handlers/field-drafts';
import { journeyHandlers } from './handlers/journeys';
import { lifecycleHandlers } from './handlers/lifecycle';
import type { SimulationRuns } from './simulator/run-registry';
import { recoveryHandlers } from './handlers/recovery';
import { workspaceHandlers } from './handlers/workspace';
import { lazyHandlers } from './lazy-handlers';
import { settingsHandlers } from './settings/settings-handlers';
import { SettingsStore } from './settings/settings-store';
import { dataPaths, type DataPaths } from './store/data-dir';
import { linkEntryListsOnce } from './store/link-entry-lists-once';
import { JourneyStore } from './store/journey-store';
import { acquireDataDirLock } from './store/lock';
import { WorkspaceStore } from './workspace/workspace-store';
import { WriteQueue } from './write-queue';

export interface CoreOptions {
  dataDir: string;
  mode: CoreContext['mode'];
  /** Skip the demo workspace on first start. */
  empty?: boolean;
  now?: () => Date;
  user?: string;
  /**
   * Take the data directory's exclusive lock (default: desktop and browser modes, which run for
   * long). The CLI takes it too, for the length of one command; tests opening a core in-process may not.
   */
  lock?: boolean;
  /** How secrets are encrypted at rest: Electron safeStorage in the desktop; a key file otherwise. */
  secretCipher?: SecretCipher;
}

export interface Core {
  dispatch: Dispatch;
  context: CoreContext;
  close: () => Promise<void>;
}

/** The app's version, read once from package.json. */
export const APP_VERSION: string = (
  JSON.parse(
    readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
  ) as { version: string }
).version;

function systemUser(): string {
  try {
    return userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}

/** Reference data of a workspace started with `--empty`. */
export function emptyWorkspace(currentUser: string): Workspace {
  return {
    schemaVersion: SCHEMA_VERSION,
    name: 'Workspace',
    currentUser,
    accountAttributes: [],
    personAttributes: [],
    accountLists: [],
    externalAudiences: [],
    solutionInterests: [],
    marketoWorkspaces: [],
    tags: [],
    groups: [],
    crmTaskTypes: [],
    scoreNames: [],
    events: [],
  };
}

/** Runs `open` once, on first call. */
function lazily<T>(open: () => Promise<T>): () => Promise<T> {
  let opened: Promise<T> | undefined;
  return () => (opened ??= open());
}

/** Opens a data directory and returns the dispatcher every boundary uses. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const paths = dataPaths(options.dataDir);
  await mkdir(paths.root, { recursive: true });
  const lock =
    (options.lock ?? options.mode !== 'cli')
      ? acquireDataDirLock(paths.lock, paths.root, options.mode)
      : null;
  try {
    return await openLocked(options, paths, () => lock?.release());
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function openLocked(
  options: CoreOptions,
  paths: DataPaths,
  unlock: () => void,
): Promise<Core> {
  const firstStart = !existsSync(paths.workspace);
  await recoverInterruptedImport(paths.root); // an import killed midway is undone before anything reads the files
  const store = await JourneyStore.open(paths);
  const user = options.user ?? systemUser();
  const report = (entry: QuarantinedFile) => store.reportSetAside(entry);
  // The demo content loads only on a first start.
  const demo = firstStart && !options.empty ? await import('./demo/demo-content') : null;
  const workspace = await WorkspaceStore.open(paths, {
    firstStart: () => (demo ? demo.demoWorkspace(user) : emptyWorkspace(user)),
    empty: () => emptyWorkspace(user),
    hasUserData: store.list().length > 0 || store.quarantined().length > 0,
    onQuarantine: report,
  });
  // Opened now, not on first use, so a damaged settings file is in the recovery report from the start.
  const settings = await SettingsStore.open(paths.root, report);
  const context: CoreContext = {
    dataDir: paths.root,
    mode: options.mode,
    appVersion: APP_VERSION,
    store,
    workspace,
    now: options.now ?? (() => new Date()),
    user: () => workspace.get().currentUser,
    writes: new WriteQueue(),
    secrets: lazily(() => openFileSecretStore(paths.root, options.secretCipher)),
  };
  if (demo && store.list().length === 0) {
    for (const journey of [
      ...demo.demoJourneys(user, context.now()),
      ...(await demo.installDemoActionPatterns(paths.root, user, context.now())),
    ])
      await store.create(journey);
  }
  await linkEntryListsOnce(paths.root, store, workspace.get());
  // Runs live as long as this core: closing it cancels them, so no worker outlives its data directory.
  let runs: SimulationRuns | undefined;
  // Features a session may never use load on their first call (see lazy-handlers.ts): a CLI call
  // starts without evaluating the zip, Liquid, CSV or simulator code.
  const dispatch = createDispatch(
    mergeHandlers(
      appHandlers(context),
      journeyHandlers(context),
      fieldDraftHandlers(context),
      lifecycleHandlers(context),
      settingsHandlers(settings),
      workspaceHandlers(context),
      recoveryHandlers(context),
      lazyHandlers(actionChannels, async () =>
        (await import('./handlers/actions')).actionHandlers(context),
      ),
      lazyHandlers(bundleChannels, async () =>
        (await import('./bundles/handlers')).bundleHandlers(context),
      ),
      lazyHandlers({ ...remoteChannels, ...hubChannels }, async () =>
        (await import('./remotes/handlers')).remoteHandlers(context),
      ),
      lazyHandlers(simulationChannels, async () => {
        const [{ simulationHandlers }, { SimulationRuns }] = await Promise.all([
          import('./handlers/simulation'),
          import('./simulator/run-registry'),
        ]);
        return simulationHandlers(context, (runs ??= new SimulationRuns()));
      }),
      lazyHandlers(templateChannels, async () =>
        (await import('./handlers/templates')).templateHandlers(context),
      ),
      lazyHandlers(presentationChannels, async () =>
        (await import('./handlers/presentation')).presentationHandlers(context),
      ),
      lazyHandlers(reportChannels, async () =>
        (await import('./handlers/reports')).reportHandlers(context),
      ),
    ),
    context.writes,
  );
  return {
    dispatch,
    context,
    close: () => {
      runs?.cancelAll();
      return context.writes
        .idle()
        .then(() => store.flush())
        .finally(unlock);
    },
  };
}
