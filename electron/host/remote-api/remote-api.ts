import type { IncomingMessage, ServerResponse } from 'node:http';
import { comparableJourney } from '../../../shared/bundle';
import {
  REST_API_VERSION,
  REST_PATHS,
  REST_PREFIX,
  restPathId,
  type RestJourney,
} from '../../../shared/contract/rest-api';
import type { Core } from '../../core/core';
import { exportBundle } from '../../core/bundles/export';
import { sha256Hex } from '../../core/bundles/hash';
import { DEFAULT_LIMITS } from '../../core/bundles/limits';
import { importBundle } from '../../core/bundles/service';
import {
  AuthFailureLimiter,
  clientAddress,
  DEFAULT_AUTH_LIMIT,
  type AuthLimit,
} from '../auth-limit';
import { requestUrl } from '../request-guard';
import { bearerToken, HttpError, refuseIfLockedOut, sendError, sendJson, sendZip } from './http';
import { readPushRequest } from './push-request';
import { PushLedger } from './push-ledger';
import { RateLimiter } from './rate-limit';
import { listTokens, matchToken } from './tokens';

export interface RemoteApiOptions {
  core: Core;
  /** Largest push body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Token bucket per bearer token. */
  burst?: number;
  perSecond?: number;
  /** Wrong bearer tokens one client address may send per window before 429. */
  authLimit?: AuthLimit;
}

/** Serves `/api/v1/…` for `serve --remote`: bearer tokens (hashed on disk), rate limits, idempotent pushes. */
export function createRemoteApi(
  options: RemoteApiOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { core } = options;
  const ctx = core.context;
  const maxBody = options.maxBodyBytes ?? DEFAULT_LIMITS.maxBundleBytes;
  const limiter = new RateLimiter(options.burst ?? 60, options.perSecond ?? 20);
  const failures = new AuthFailureLimiter(options.authLimit ?? DEFAULT_AUTH_LIMIT);
  const ledger = new PushLedger(ctx.dataDir);

  async function authorize(req: IncomingMessage): Promise<string> {
    const given = bearerToken(req);
    const address = clientAddress(req.socket);
    refuseIfLockedOut(failures, address, given);
    const id = given ? matchToken(await listTokens(ctx.dataDir), given) : null;
    if (given && !id) failures.fail(address);
    if (!id) throw new HttpError(401, 'unauthorized', 'Missing, unknown or revoked bearer token');
    const wait = limiter.take(id);
    if (wait > 0)
      throw new HttpError(429, 'forbidden', `Too many requests; retry in ${wait} s`, {
        'retry-after': String(wait),
      });
    return id;
  }

  async function listPublished(): Promise<RestJourney[]> {
    const out: RestJourney[] = [];
    for (const s of ctx.store.list().filter((j) => j.status !== 'Draft')) {
      const j = await ctx.store.get(s.id);
      out.push({
        id: j.id,
        lineageId: j.lineageId,
        name: j.name,
        version: j.version,
        status: j.status,
        updatedAt: j.updatedAt,
        contentHash: sha256Hex(comparableJourney(j)),
      });
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async function push(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { pushId, policy, body, sha256 } = await readPushRequest(req, url, maxBody);
    // In the core's write queue: one push at a time (a retry racing its original sees the first
    // result), and never interleaved with the app's own writes.
    const run = ctx.writes.run(async () => {
      const seen = await ledger.get(pushId);
      if (seen) {
        if (seen.sha256 !== sha256)
          throw new HttpError(
            409,
            'conflict',
            `Push id ${pushId} was already used for a different bundle`,
          );
        return { pushId, replayed: true, summary: seen.summary };
      }
      const summary = await importBundle(ctx, new Uint8Array(body), policy);
      await ledger.remember(pushId, { sha256, at: ctx.now().toISOString(), summary });
      return { pushId, replayed: false, summary };
    });
    sendJson(res, 200, await run);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req);
    if (!url) throw new HttpError(400, 'invalid_input', 'Bad request target');
    const path = url.pathname.replace(/\/+$/, '');
    if (!path.startsWith(`${REST_PREFIX}/`) && path !== REST_PREFIX) {
      throw new HttpError(
        404,
        'not_found',
        `This instance speaks API version ${REST_API_VERSION} under ${REST_PREFIX}/`,
      );
    }
    await authorize(req);
    const method = req.method ?? 'GET';
    if (path === REST_PATHS.info && method === 'GET')
      return sendJson(res, 200, {
        apiVersion: REST_API_VERSION,
        app: 'journey-studio',
        appVersion: ctx.appVersion,
      });
    if (path === REST_PATHS.journeys && method === 'GET')
      return sendJson(res, 200, { journeys: await listPublished() });
    const one = restPathId(path, 'journeys');
    if (one !== null && method === 'GET') {
      const journey = await ctx.store.get(one);
      if (journey.status === 'Draft')
        throw new HttpError(404, 'not_found', 'No published journey with that id');
      return sendJson(res, 200, journey);
    }
    if (path === REST_PATHS.bundles && method === 'POST') return push(req, res, url);
    if (path === REST_PATHS.bundles && method === 'GET') {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
      const chosen = ids.length ? ids : (await listPublished()).map((j) => j.id);
      const { bytes, fileName } = await exportBundle(ctx, {
        ids: chosen,
        includeVersions: url.searchParams.get('versions') === '1',
      });
      sendZip(res, bytes, fileName);
      return;
    }
    throw new HttpError(
      ([REST_PATHS.info, REST_PATHS.journeys, REST_PATHS.bundles] as string[]).includes(path)
        ? 405
        : 404,
      'not_found',
      `No route ${method} ${path}`,
    );
  }

  return (req, res) => route(req, res).catch((error: unknown) => sendError(res, error));
}
