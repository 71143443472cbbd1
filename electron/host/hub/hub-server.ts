import {
  AuthFailureLimiter,
  clientAddress,
  DEFAULT_AUTH_LIMIT,
  type AuthLimit,
} from '../auth-limit';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type pg from 'pg';
import { HubListLimit, type HubScope } from '../../../shared/contract/hub-api';
import {
  REST_API_VERSION,
  REST_PATHS,
  REST_PREFIX,
  restPathId,
} from '../../../shared/contract/rest-api';
import { AppError, toErrorPayload } from '../../../shared/errors';
import { decodeBundle } from '../../core/bundles/codec';
import { DEFAULT_LIMITS } from '../../core/bundles/limits';
import { APP_VERSION } from '../../core/core';
import {
  bearerToken,
  HttpError,
  readBody,
  refuseIfLockedOut,
  sendError,
  sendJson,
  sendZip,
} from '../remote-api/http';
import { readPushRequest } from '../remote-api/push-request';
import { RateLimiter } from '../remote-api/rate-limit';
import { listAudit } from './hub-audit';
import { exportFromHub, listPublished, readJourney } from './hub-content';
import { asApiError, migrate, openPool, redactUrl, type PoolOptions } from './hub-db';
import { listPushes } from './hub-history';
import type { HubLog } from './hub-log';
import { applyPush, recordRefusal } from './hub-push';
import { authenticate, createHubToken, listHubTokens, revokeHubToken } from './hub-tokens';

export interface HubOptions {
  databaseUrl: string;
  port: number;
  host: string;
  pool?: PoolOptions;
  /** Largest push body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Token bucket per bearer token. */
  burst?: number;
  perSecond?: number;
  log: HubLog;
  now?: () => Date;
  /** Wrong bearer tokens one client address may send per window before 429 (as `serve --remote`). */
  authLimit?: AuthLimit;
}

export interface RunningHub {
  port: number;
  url: string;
  pool: pg.Pool;
  databaseUrl: string;
  /** Requests being answered right now. */
  busy: () => number;
  /** Stops taking requests, lets in-flight ones (pushes) finish, then closes the pool. */
  close: () => Promise<void>;
}

type Token = { id: string; label: string; scopes: HubScope[] };

const ROUTES_WITH_METHODS: string[] = [
  REST_PATHS.info,
  REST_PATHS.journeys,
  REST_PATHS.bundles,
  REST_PATHS.hubTokens,
  REST_PATHS.hubPushes,
  REST_PATHS.hubAudit,
];

function bodyJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid_input', 'Request body is not JSON');
  }
}

/** The team hub: REST API v1 backed by PostgreSQL; migrations run before it listens. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const { log } = options;
  const now = options.now ?? (() => new Date());
  await migrate(options.databaseUrl, (message) =>
    log('migrate', { message: message.trim().slice(0, 200) }),
  );
  const pool = openPool(options.databaseUrl, options.pool);
  const maxBody = options.maxBodyBytes ?? DEFAULT_LIMITS.maxBundleBytes;
  const limiter = new RateLimiter(options.burst ?? 60, options.perSecond ?? 20);
  let draining = false;
  const inFlight = new Set<Promise<unknown>>();

  const failures = new AuthFailureLimiter(options.authLimit ?? DEFAULT_AUTH_LIMIT);

  /** The caller's token; `scope` null means any valid token will do (`/info`, which every client asks first). */
  async function authorize(req: IncomingMessage, scope: HubScope | null): Promise<Token> {
    const given = bearerToken(req);
    const address = clientAddress(req.socket);
    refuseIfLockedOut(failures, address, given);
    const token = await authenticate(pool, given);
    if (given && !token) failures.fail(address);
    if (!token)
      throw new HttpError(401, 'unauthorized', 'Missing, unknown, expired or revoked bearer token');
    const wait = limiter.take(token.id);
    if (wait > 0)
      throw new HttpError(429, 'forbidden', `Too many requests; retry in ${wait} s`, {
        'retry-after': String(wait),
      });
    if (scope && !token.scopes.includes(scope) && !token.scopes.includes('admin')) {
      throw new HttpError(403, 'forbidden', `This token lacks the ${scope} scope`);
    }
    return token;
  }

  async function push(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    token: Token,
  ): Promise<void> {
    const { pushId, policy, body, sha256 } = await readPushRequest(req, url, maxBody);
    const base = { pushId, sha256, policy, token };
    let journeyIds: string[] = [];
    try {
      const decoded = decodeBundle(new Uint8Array(body), {
        ...DEFAULT_LIMITS,
        maxBundleBytes: maxBody,
      });
      journeyIds = decoded.content.journeys.map((j) => j.id);
      const started = Date.now();
      const result = await applyPush(pool, { ...base, decoded, now });
      log('push', {
        pushId,
        token: token.id,
        journeys: journeyIds.length,
        replayed: result.replayed,
        ms: Date.now() - started,
      });
      sendJson(res, 200, result);
    } catch (error) {
      const mapped = asApiError(error);
      if (!(mapped instanceof HttpError && mapped.status === 503))
        await recordRefusal(pool, { ...base, journeyIds }, toErrorPayload(mapped).message);
      throw mapped;
    }
  }

  async function admin(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    path: string,
    method: string,
  ): Promise<void> {
    const token = await authorize(req, 'admin');
    const limit = HubListLimit.safeParse(url.searchParams.get('limit') ?? undefined);
    if (!limit.success)
      throw new HttpError(400, 'invalid_input', 'limit must be a whole number from 1 to 1000');
    if (path === REST_PATHS.hubTokens && method === 'GET')
      return sendJson(res, 200, { tokens: await listHubTokens(pool) });
    if (path === REST_PATHS.hubTokens && method === 'POST') {
      return sendJson(
        res,
        201,
        await createHubToken(pool, bodyJson(await readBody(req, 64 * 1024)) as never, token.label),
      );
    }
    const tokenId = restPathId(path, 'hub/tokens');
    if (tokenId !== null && method === 'DELETE')
      return sendJson(res, 200, { revoked: await revokeHubToken(pool, tokenId, token.label) });
    if (path === REST_PATHS.hubPushes && method === 'GET')
      return sendJson(res, 200, { pushes: await listPushes(pool, limit.data) });
    if (path === REST_PATHS.hubAudit && method === 'GET')
      return sendJson(res, 200, { entries: await listAudit(pool, limit.data) });
    throw new HttpError(
      ROUTES_WITH_METHODS.includes(path) ? 405 : 404,
      'not_found',
      `No route ${method} ${path}`,
    );
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://hub.invalid');
    } catch {
      throw new HttpError(400, 'invalid_input', 'Malformed request URL');
    }
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    if (path === '/healthz') return sendJson(res, 200, { ok: true });
    if (path === '/readyz') {
      if (draining) throw new HttpError(503, 'internal', 'The hub is shutting down');
      await pool.query('SELECT 1');
      return sendJson(res, 200, { ok: true });
    }
    if (draining)
      throw new HttpError(503, 'internal', 'The hub is shutting down; retry shortly', {
        'retry-after': '5',
        connection: 'close',
      });
    if (!path.startsWith(`${REST_PREFIX}/`))
      throw new HttpError(
        404,
        'not_found',
        `This hub speaks API version ${REST_API_VERSION} under ${REST_PREFIX}/`,
      );
    if (path.startsWith(`${REST_PREFIX}/hub/`)) return admin(req, res, url, path, method);
    if (path === REST_PATHS.bundles && method === 'POST')
      return push(req, res, url, await authorize(req, 'push'));
    await authorize(req, path === REST_PATHS.info ? null : 'read');
    if (path === REST_PATHS.info && method === 'GET')
      return sendJson(res, 200, {
        apiVersion: REST_API_VERSION,
        app: 'journey-studio',
        appVersion: APP_VERSION,
        kind: 'hub',
      });
    if (path === REST_PATHS.journeys && method === 'GET')
      return sendJson(res, 200, { journeys: await listPublished(pool) });
    const one = restPathId(path, 'journeys');
    if (one !== null && method === 'GET') {
      const journey = await readJourney(pool, one);
      if (!journey || journey.status === 'Draft')
        throw new HttpError(404, 'not_found', 'No published journey with that id');
      return sendJson(res, 200, journey);
    }
    if (path === REST_PATHS.bundles && method === 'GET') {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
      const { bytes, fileName } = await exportFromHub(
        pool,
        ids,
        url.searchParams.get('versions') === '1',
        APP_VERSION,
        now(),
      );
      sendZip(res, bytes, fileName);
      return;
    }
    throw new HttpError(
      ROUTES_WITH_METHODS.includes(path) ? 405 : 404,
      'not_found',
      `No route ${method} ${path}`,
    );
  }

  const server: Server = createServer((req, res) => {
    const started = Date.now();
    const task = route(req, res)
      .catch((error: unknown) => {
        const mapped = asApiError(error);
        if (!(mapped instanceof AppError))
          log('error', {
            path: (req.url ?? '').split('?')[0].slice(0, 200),
            message: (error as Error)?.message?.slice(0, 300) ?? 'unknown',
          });
        // sendError hides the message of every 5xx; a database outage is worth saying plainly.
        if (mapped instanceof HttpError && mapped.status === 503 && !res.headersSent)
          sendJson(
            res,
            503,
            { error: { code: mapped.code, message: mapped.message } },
            mapped.headers,
          );
        else sendError(res, mapped);
      })
      .finally(() => {
        inFlight.delete(task);
        log('request', {
          method: req.method ?? '',
          path: (req.url ?? '').split('?')[0].slice(0, 200),
          status: res.statusCode,
          ms: Date.now() - started,
        });
      });
    inFlight.add(task);
  });
  server.requestTimeout = 300_000;
  // Garbage that is not HTTP at all (a bad Host header, a broken request line) gets a 400, never a crash.
  server.on('clientError', (_error, socket: Socket) => {
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  log('listening', {
    url: `http://${shownHost}:${port}${REST_PREFIX}/`,
    database: redactUrl(options.databaseUrl),
    poolMax: options.pool?.max ?? 10,
  });
  return {
    port,
    url: `http://${shownHost}:${port}`,
    pool,
    databaseUrl: options.databaseUrl,
    busy: () => inFlight.size,
    close: async () => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Connections already accepted may still be sending their request: give them a moment to
      // arrive (they get a retryable 503) instead of cutting them with no answer at all.
      do {
        await new Promise((resolve) => setTimeout(resolve, 250));
        await Promise.allSettled([...inFlight]);
      } while (inFlight.size);
      server.closeAllConnections();
      await closed;
      await pool.end();
      log('stopped', { reason: 'shutdown' });
    },
  };
}
