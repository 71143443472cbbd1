import { z } from 'zod';
import { BundlePreview, ImportPolicy, ImportSummary } from '../bundle';

export const RemoteName = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,50}$/, 'Name: letters, digits, _ . or - (1–50 characters)');
const Ids = z.array(z.string().min(1)).max(5_000).default([]);

/** A remote as the UI sees it: the token only as a masked hint, never its value. */
export const RemoteView = z.object({
  name: z.string(),
  url: z.string(),
  addedAt: z.string(),
  tokenHint: z.string(),
});
export type RemoteView = z.infer<typeof RemoteView>;

/** What Test connection found: reachable, token accepted, API version spoken. */
export const RemoteTest = z.object({
  ok: z.boolean(),
  message: z.string(),
  apiVersion: z.number().int().nullable(),
  appVersion: z.string().nullable(),
});
export type RemoteTest = z.infer<typeof RemoteTest>;

/** A published journey on a remote (what can be pulled). */
export const RemoteJourney = z.object({
  id: z.string(),
  lineageId: z.string(),
  name: z.string(),
  version: z.number(),
  status: z.string(),
  updatedAt: z.string(),
});
export type RemoteJourney = z.infer<typeof RemoteJourney>;

/** A push runs in the background; the UI polls its progress by push id. */
export const PushStatus = z.object({
  pushId: z.string(),
  remote: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  phase: z.enum(['checking', 'packing', 'uploading', 'applying', 'finished']),
  /** 0–1 across the whole push (upload is most of it). */
  fraction: z.number().min(0).max(1),
  count: z.number().int(),
  /** The remote had already applied this push id: its first result is shown. */
  replayed: z.boolean(),
  summary: ImportSummary.nullable(),
  error: z.string().nullable(),
});
export type PushStatus = z.infer<typeof PushStatus>;

/** One local published journey against a remote. */
export const RemoteState = z.enum(['not on remote', 'same', 'differs']);
export type RemoteState = z.infer<typeof RemoteState>;
export const RemoteStatusReport = z.object({
  remote: z.string(),
  checkedAt: z.string(),
  journeys: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      remote: RemoteState,
      remoteStatus: z.string().nullable(),
    }),
  ),
});
export type RemoteStatusReport = z.infer<typeof RemoteStatusReport>;

/** Remote Journey Studio instances (`serve --remote`): the list, push, pull and status. */
export const remoteChannels = {
  /** The remotes this app knows, tokens masked. */
  'remotes.list': { input: z.object({}).strict(), output: z.array(RemoteView) },
  /** Adds or replaces a remote; the token goes to the secrets store. */
  'remotes.add': {
    input: z
      .object({
        name: RemoteName,
        url: z.string().trim().min(1, 'URL is required').max(2_000),
        token: z.string().trim().min(1, 'Token is required').max(4_000),
      })
      .strict(),
    output: RemoteView,
  },
  /** Forgets a remote and its token. */
  'remotes.remove': {
    input: z.object({ name: RemoteName }).strict(),
    output: z.object({ removed: z.literal(true) }),
  },
  /** Connection, token and API version check; a failure is a result with the reason, not an error. */
  'remotes.test': { input: z.object({ name: RemoteName }).strict(), output: RemoteTest },
  /** The published journeys on a remote. */
  'remotes.journeys': {
    input: z.object({ name: RemoteName }).strict(),
    output: z.array(RemoteJourney),
  },
  /** Starts pushing published journeys (retried under one push id); poll remotes.pushStatus. */
  'remotes.push': {
    input: z
      .object({
        name: RemoteName,
        ids: Ids,
        includeVersions: z.boolean().default(false),
        policy: ImportPolicy.default('overwrite'),
      })
      .strict(),
    output: PushStatus,
  },
  /** Progress and result of a push started here. */
  'remotes.pushStatus': {
    input: z.object({ pushId: z.string().min(1) }).strict(),
    output: PushStatus,
  },
  /** What pulling would do (the same preview as an import); writes nothing. No ids: every published journey. */
  'remotes.pullPreview': {
    input: z
      .object({ name: RemoteName, ids: Ids, includeVersions: z.boolean().default(false) })
      .strict(),
    output: BundlePreview,
  },
  /** Pulls journeys and imports them all-or-nothing under a policy. */
  'remotes.pull': {
    input: z
      .object({
        name: RemoteName,
        ids: Ids,
        includeVersions: z.boolean().default(false),
        policy: ImportPolicy,
      })
      .strict(),
    output: ImportSummary,
  },
  /** Each local published journey against the remote: not on remote, same, or differs, with its status there. */
  'remotes.status': { input: z.object({ name: RemoteName }).strict(), output: RemoteStatusReport },
} as const;
