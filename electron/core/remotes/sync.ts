import {
  comparableJourney,
  type BundlePreview,
  type ImportPolicy,
  type ImportSummary,
} from '../../../shared/bundle';
import { AppError } from '../../../shared/errors';
import { newId } from '../../../shared/model';
import type { CoreContext } from '../context';
import { exportBundle } from '../bundles/export';
import { sha256Hex } from '../bundles/hash';
import { importBundle, previewBundle } from '../bundles/service';
import { RemoteClient, type PushResult } from './remote-client';
import { RemoteStore } from './remote-store';

/** A client for a named remote, its token read from the secrets store. */
export async function clientFor(
  ctx: CoreContext,
  name: string,
  remotes?: RemoteStore,
): Promise<RemoteClient> {
  const remote = await (remotes ?? (await RemoteStore.open(ctx.dataDir, await ctx.secrets()))).get(
    name,
  );
  return new RemoteClient(remote.name, remote.url, remote.token);
}

export interface PushOptions {
  ids?: readonly string[];
  includeVersions?: boolean;
  policy?: ImportPolicy;
  onProgress?: (fraction: number) => void;
  /** Called as the push moves on: checking the remote, packing the bundle, uploading. */
  onPhase?: (phase: 'checking' | 'packing' | 'uploading') => void;
  /** The push id the remote dedupes on; a new one when absent. */
  pushId?: string;
  /** Attempts when the remote is unreachable or fails; the push id makes retries safe. */
  attempts?: number;
}

/** Pushes published journeys (all of them when no ids) as one bundle, retried under one push id. */
export async function pushToRemote(
  ctx: CoreContext,
  client: RemoteClient,
  options: PushOptions = {},
): Promise<PushResult & { count: number }> {
  options.onPhase?.('checking');
  await client.info();
  options.onPhase?.('packing');
  const ids = options.ids?.length
    ? options.ids
    : ctx.store
        .list()
        .filter((j) => j.status !== 'Draft')
        .map((j) => j.id);
  if (ids.length === 0)
    throw new AppError('invalid_input', 'There are no published journeys to push', 'ids');
  const { bytes, count } = await exportBundle(ctx, {
    ids,
    includeVersions: options.includeVersions ?? false,
  });
  const pushId = options.pushId ?? newId();
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      options.onPhase?.('uploading');
      return {
        ...(await client.push(bytes, pushId, options.policy ?? 'overwrite', options.onProgress)),
        count,
      };
    } catch (error) {
      const retriable = error instanceof AppError && error.code === 'internal';
      if (!retriable || attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

/** Downloads a bundle of the remote's journeys (all published ones when no ids); imports nothing. */
export async function downloadFromRemote(
  client: RemoteClient,
  options: { ids?: readonly string[]; includeVersions?: boolean },
): Promise<Uint8Array> {
  await client.info();
  return client.pull(options.ids ?? [], options.includeVersions ?? false);
}

/** Pulls journeys (all published ones when no ids): a preview, and the import unless `dryRun`. */
export async function pullFromRemote(
  ctx: CoreContext,
  client: RemoteClient,
  options: {
    ids?: readonly string[];
    includeVersions?: boolean;
    policy: ImportPolicy;
    dryRun: boolean;
  },
): Promise<{ preview: BundlePreview; summary: ImportSummary | null }> {
  const bytes = await downloadFromRemote(client, options);
  const preview = await previewBundle(ctx, bytes);
  const summary = options.dryRun ? null : await importBundle(ctx, bytes, options.policy);
  return { preview, summary };
}

/** Each published local journey against the remote: not there, the same, or different. */
export async function remoteStatus(
  ctx: CoreContext,
  client: RemoteClient,
): Promise<
  {
    id: string;
    name: string;
    remote: 'not on remote' | 'same' | 'differs';
    remoteStatus: string | null;
  }[]
> {
  const remote = new Map((await client.journeys()).map((j) => [j.id, j]));
  const out = [];
  for (const s of ctx.store.list().filter((j) => j.status !== 'Draft')) {
    const there = remote.get(s.id);
    const hash = there ? sha256Hex(comparableJourney(await ctx.store.get(s.id))) : '';
    out.push({
      id: s.id,
      name: s.name,
      remote: !there
        ? ('not on remote' as const)
        : there.contentHash === hash
          ? ('same' as const)
          : ('differs' as const),
      remoteStatus: there?.status ?? null,
    });
  }
  return out;
}
