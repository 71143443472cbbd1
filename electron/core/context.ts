import type { JourneyStore } from './store/journey-store';
import type { WorkspaceStore } from './workspace/workspace-store';

/** What every core handler may use: the stores, the clock, the user, the run mode. */
export interface CoreContext {
  dataDir: string;
  mode: 'desktop' | 'browser' | 'cli';
  appVersion: string;
  store: JourneyStore;
  workspace: WorkspaceStore;
  now: () => Date;
  user: () => string;
}
