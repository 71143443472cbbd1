import { z } from 'zod';
import {
  HubAuditList,
  HubPushList,
  HubToken,
  HubTokenCreated,
  HubTokenList,
} from '../../../shared/contract/hub-api';
import { REST_PATHS } from '../../../shared/contract/rest-api';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import type { HandlerMap } from '../handlers/types';
import type { RemoteClient } from './remote-client';
import { clientFor } from './sync';

type HubChannel = 'hub.overview' | 'hub.createToken' | 'hub.revokeToken';

/** A remote that is not a hub answers the admin paths with 404: say so in the user's terms. */
async function asHub<T>(client: RemoteClient, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (
      error instanceof AppError &&
      error.code === 'not_found' &&
      /No route|does not serve/.test(error.message)
    ) {
      throw new AppError(
        'not_found',
        `Remote "${client.name}" is not a team hub (journey-studio hub)`,
        'name',
      );
    }
    if (error instanceof AppError && /lacks the \w+ scope/.test(error.message)) {
      throw new AppError(
        'forbidden',
        `The token of remote "${client.name}" lacks the admin scope the Team hub page needs`,
        'name',
      );
    }
    throw error;
  }
}

/** The Team hub page's channels: the hub's admin API through the remote's own token. */
export function hubAdminHandlers(ctx: CoreContext): HandlerMap<HubChannel> {
  return {
    'hub.overview': async ({ name }) => {
      const client = await clientFor(ctx, name);
      return asHub(client, async () => ({
        tokens: (await client.request('GET', REST_PATHS.hubTokens, HubTokenList)).tokens,
        pushes: (await client.request('GET', `${REST_PATHS.hubPushes}?limit=100`, HubPushList))
          .pushes,
        audit: (await client.request('GET', `${REST_PATHS.hubAudit}?limit=200`, HubAuditList))
          .entries,
      }));
    },
    'hub.createToken': async ({ name, label, scopes, expiresInDays }) => {
      const client = await clientFor(ctx, name);
      return asHub(client, () =>
        client.request('POST', REST_PATHS.hubTokens, HubTokenCreated, {
          label,
          scopes,
          expiresInDays,
        }),
      );
    },
    'hub.revokeToken': async ({ name, id }) => {
      const client = await clientFor(ctx, name);
      return asHub(
        client,
        async () =>
          (await client.request('DELETE', REST_PATHS.hubToken(id), z.object({ revoked: HubToken })))
            .revoked,
      );
    },
  };
}
