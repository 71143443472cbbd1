import { maskSecret } from '../../../shared/custom-actions';
import { toErrorPayload } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { staged } from '../dispatcher';
import type { HandlerMap } from '../handlers/types';
import { hubAdminHandlers } from './hub-admin';
import { RemoteClient } from './remote-client';
import { RemoteStore, type RemoteEntry } from './remote-store';
import { pushStatus, startPush } from './push-jobs';
import { clientFor, downloadFromRemote, pullFromRemote, remoteStatus } from './sync';
import { importBundle } from '../bundles/service';

type RemoteChannel =
  | 'remotes.list'
  | 'remotes.add'
  | 'remotes.remove'
  | 'remotes.test'
  | 'remotes.journeys'
  | 'remotes.push'
  | 'remotes.pushStatus'
  | 'remotes.pullPreview'
  | 'remotes.pull'
  | 'remotes.status';

/** Handlers of the remote channels; tokens stay in the secrets store and leave it only masked. */
export function remoteHandlers(
  ctx: CoreContext,
): HandlerMap<RemoteChannel | 'hub.overview' | 'hub.createToken' | 'hub.revokeToken'> {
  const remotes = async () => RemoteStore.open(ctx.dataDir, await ctx.secrets());
  const client = async (name: string) => clientFor(ctx, name, await remotes());
  const view = async (store: RemoteStore, entry: RemoteEntry) => ({
    ...entry,
    tokenHint: maskSecret((await store.get(entry.name).catch(() => null))?.token ?? ''),
  });
  return {
    ...hubAdminHandlers(ctx),
    'remotes.list': async () => {
      const store = await remotes();
      return Promise.all((await store.list()).map((entry) => view(store, entry)));
    },
    'remotes.add': async ({ name, url, token }) => {
      const store = await remotes();
      return view(store, await store.add(name, url, token, ctx.now()));
    },
    'remotes.remove': async ({ name }) => {
      await (await remotes()).remove(name);
      return { removed: true as const };
    },
    'remotes.test': async ({ name }) => {
      const remote = await (await remotes()).get(name);
      try {
        const info = await new RemoteClient(remote.name, remote.url, remote.token).info();
        const message = `Connected to ${remote.url}: the token is accepted and it speaks API version ${info.apiVersion} (Journey Studio ${info.appVersion}).`;
        return { ok: true, message, apiVersion: info.apiVersion, appVersion: info.appVersion };
      } catch (error) {
        return {
          ok: false,
          message: toErrorPayload(error).message,
          apiVersion: null,
          appVersion: null,
        };
      }
    },
    'remotes.journeys': async ({ name }) => {
      const c = await client(name);
      await c.info();
      return (await c.journeys()).map(
        ({ id, lineageId, name: journeyName, version, status, updatedAt }) => ({
          id,
          lineageId,
          name: journeyName,
          version,
          status,
          updatedAt,
        }),
      );
    },
    'remotes.push': async ({ name, ids, includeVersions, policy }) =>
      startPush(ctx, await client(name), { ids, includeVersions, policy }),
    'remotes.pushStatus': async ({ pushId }) => pushStatus(pushId),
    'remotes.pullPreview': async ({ name, ids, includeVersions }) =>
      (
        await pullFromRemote(ctx, await client(name), {
          ids,
          includeVersions,
          policy: 'skip',
          dryRun: true,
        })
      ).preview,
    // The download happens before the write queue; only the import (plan and writes) waits in it.
    'remotes.pull': staged<'remotes.pull', Uint8Array>({
      prepare: async ({ name, ids, includeVersions }) =>
        downloadFromRemote(await client(name), { ids, includeVersions }),
      write: (bytes, { policy }) => importBundle(ctx, bytes, policy),
    }),
    'remotes.status': async ({ name }) => ({
      remote: name,
      checkedAt: ctx.now().toISOString(),
      journeys: await remoteStatus(ctx, await client(name)),
    }),
  };
}
