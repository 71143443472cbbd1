import { z } from 'zod';
import { Workspace } from '../model';

export const QuarantinedFile = z.object({
  file: z.string(),
  reason: z.string(),
  at: z.string(),
});
export type QuarantinedFile = z.infer<typeof QuarantinedFile>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['desktop', 'browser', 'cli']),
  dataDir: z.string(),
  /** Files set aside on open because they could not be read; the UI shows a banner. */
  quarantined: z.array(QuarantinedFile),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The app itself and the workspace reference data. */
export const appChannels = {
  /** Name, version, mode, data directory and files set aside. */
  'app.info': { input: z.object({}).strict(), output: AppInfo },
  /** Workspace reference data (attributes, lists, audiences, …). */
  'workspace.get': { input: z.object({}).strict(), output: Workspace },
} as const;
