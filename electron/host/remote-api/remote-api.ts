import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { comparableJourney, ImportPolicy } from '../../../shared/bundle';
import type { Core } from '../../core/core';
import { exportBundle } from '../../core/bundles/export';
import { sha256Hex } from '../../core/bundles/hash';
import { DEFAULT_LIMITS } from '../../core/bundles/limits';
import { importBundle } from '../../core/bundles/service';
import { AuthFailureLimiter, clientAddress, DEFAULT_AUTH_LIMIT, type AuthLimit } from '../auth-limit';
import { requestUrl } from '../request-guard';
import { HttpError, readBody, sendError, sendJson } from './http';
import { PushLedger } from './push-ledger';
import { RateLimiter } from './rate-limit';
import { listTokens, matchToken } from './tokens';

/** The REST API version this instance speaks; clients refuse any other. */
export const API_VERSION = 1;
const PushId = z.string().regex(/^[A-Za-z0-9_-]{8,200}$/, 'Idempotency-Key must be 8–200 letters, digits, _ or -');

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

/** A published journey as the remote lists it, with a hash of its content for same/differs. */
export const RemoteJourney = z.object({
  id: z.string(),
  lineageId: z.string(),
  name: z.string(),
  version: z.number(),
  status: z.string(),
  updatedAt: z.string(),
  contentHash: z.string(),
});
export type RemoteJourney = z.infer<typeof RemoteJourney>;

/** A path segment, percent-decoded; bad encodings (`%FF`) are the client's mistake: 400. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'invalid_input', 'The journey id in the path is not valid percent-encoding');
  }
}

/** Serves `/api/v1/…` for `serve --remote`: bearer tokens (hashed on disk), rate limits, idempotent pushes. */
export function createRemoteApi(options: RemoteApiOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { core } = options;
  const ctx = core.context;
  const maxBody = options.maxBodyBytes ?? DEFAULT_LIMITS.maxBundleBytes;
  const limiter = new RateLimiter(options.burst ?? 60, options.perSecond ?? 20);
  const failures = new AuthFailureLimiter(options.authLimit ?? DEFAULT_AUTH_LIMIT);
  const ledger = new PushLedger(ctx.dataDir);

  async function authorize(req: IncomingMessage): Promise<string> {
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
    const address = clientAddress(req.socket);
    const locked = given ? failures.retryAfter(address) : 0;
    if (locked > 0) throw new HttpError(429, 'forbidden', `Too many wrong tokens from this address; retry in ${locked} s`, { 'retry-after': String(locked) });
    const id = given ? matchToken(await listTokens(ctx.dataDir), given) : null;
    if (given && !id) failures.fail(address);
    if (!id) throw new HttpError(401, 'unauthorized', 'Missing, unknown or revoked bearer token');
    const wait = limiter.take(id);
    if (wait > 0) throw new HttpError(429, 'forbidden', `Too many requests; retry in ${wait} s`, { 'retry-after': String(wait) });
    return id;
  }

  async function listPublished(): Promise<RemoteJourney[]> {
    const out: RemoteJourney[] = [];
    for (const s of ctx.store.list().filter((j) => j.status !== 'Draft')) {
      const j = await ctx.store.get(s.id);
      out.push({ id: j.id, lineageId: j.lineageId, name: j.name, version: j.version, status: j.status, updatedAt: j.updatedAt, contentHash: sha256Hex(comparableJourney(j)) });
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async function push(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const key = PushId.safeParse(req.headers['idempotency-key'] ?? url.searchParams.get('pushId'));
    if (!key.success) throw new HttpError(400, 'invalid_input', key.error.issues[0]?.message ?? 'Idempotency-Key is required');
    const policy = ImportPolicy.safeParse(url.searchParams.get('policy') ?? 'overwrite');
    if (!policy.success) throw new HttpError(400, 'invalid_input', 'policy must be skip, overwrite or copy');
    // The whole body first: a push cut off mid-upload never reaches the store.
    const body = await readBody(req, maxBody);
    const sha256 = sha256Hex(body);
    // In the core's write queue: one push at a time (a retry racing its original sees the first
    // result), and never interleaved with the app's own writes.
    const run = ctx.writes.run(async () => {
      const seen = await ledger.get(key.data);
      if (seen) {
        if (seen.sha256 !== sha256) throw new HttpError(409, 'conflict', `Push id ${key.data} was already used for a different bundle`);
        return { pushId: key.data, replayed: true, summary: seen.summary };
      }
      const summary = await importBundle(ctx, new Uint8Array(body), policy.data);
      await ledger.remember(key.data, { sha256, at: ctx.now().toISOString(), summary });
      return { pushId: key.data, replayed: false, summary };
    });
    sendJson(res, 200, await run);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req);
    if (!url) throw new HttpError(400, 'invalid_input', 'Bad request target');
    const path = url.pathname.replace(/\/+$/, '');
    if (!path.startsWith('/api/v1/') && path !== '/api/v1') {
      throw new HttpError(404, 'not_found', `This instance speaks API version ${API_VERSION} under /api/v1/`);
    }
    await authorize(req);
    const method = req.method ?? 'GET';
    if (path === '/api/v1/info' && method === 'GET') return sendJson(res, 200, { apiVersion: API_VERSION, app: 'journey-studio', appVersion: ctx.appVersion });
    if (path === '/api/v1/journeys' && method === 'GET') return sendJson(res, 200, { journeys: await listPublished() });
    const one = /^\/api\/v1\/journeys\/([^/]+)$/.exec(path);
    if (one && method === 'GET') {
      const journey = await ctx.store.get(decodedSegment(one[1]));
      if (journey.status === 'Draft') throw new HttpError(404, 'not_found', 'No published journey with that id');
      return sendJson(res, 200, journey);
    }
    if (path === '/api/v1/bundles' && method === 'POST') return push(req, res, url);
    if (path === '/api/v1/bundles' && method === 'GET') {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
      const chosen = ids.length ? ids : (await listPublished()).map((j) => j.id);
      const { bytes, fileName } = await exportBundle(ctx, { ids: chosen, includeVersions: url.searchParams.get('versions') === '1' });
      res.writeHead(200, { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'no-store' }).end(bytes);
      return;
    }
    throw new HttpError(['/api/v1/info', '/api/v1/journeys', '/api/v1/bundles'].includes(path) ? 405 : 404, 'not_found', `No route ${method} ${path}`);
  }

  return (req, res) => route(req, res).catch((error: unknown) => sendError(res, error));
}
