import type { SecretStore } from './secrets/secret-store';
import type { JourneyStore } from './store/journey-store';
import type { WorkspaceStore } from './workspace/workspace-store';
import type { WriteQueue } from './write-queue';

/** What every core handler may use: the stores, the clock, the user, the run mode. */
export interface CoreContext {
  dataDir: string;
  mode: 'desktop' | 'browser' | 'cli';
  appVersion: string;
  store: JourneyStore;
  workspace: WorkspaceStore;
  now: () => Date;
  user: () => string;
  /** The one sequential write path: the dispatcher runs write channels here, the scheduler its starts. */
  writes: WriteQueue;
  /** The secrets store (Action and remote tokens), opened on first use with the mode's cipher. */
  secrets: () => Promise<SecretStore>;
}
