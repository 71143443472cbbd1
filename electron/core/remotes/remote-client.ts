import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  pullQuery,
  PushResult,
  REST_API_VERSION,
  REST_PATHS,
  REST_PREFIX,
  RestErrorBody,
  RestInfo,
  RestJourneyList,
  type RestJourney,
} from '../../../shared/contract/rest-api';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';

export type { PushResult } from '../../../shared/contract/rest-api';

interface Reply {
  status: number;
  body: Buffer;
}

/** Talks to one remote's /api/v1; every failure becomes an AppError that says what went wrong. */
export class RemoteClient {
  constructor(
    readonly name: string,
    private readonly url: string,
    private readonly token: string,
    private readonly timeoutMs = 30_000,
  ) {}

  /** Checks reachability, the token and the API version. */
  async info(): Promise<{ apiVersion: number; appVersion: string }> {
    const reply = await this.send('GET', REST_PATHS.info);
    const info = RestInfo.safeParse(this.json(reply));
    if (!info.success)
      throw new AppError(
        'invalid_input',
        `Remote "${this.name}" answered ${REST_PATHS.info} with something that is not Journey Studio`,
        'remote',
      );
    if (info.data.apiVersion !== REST_API_VERSION) {
      throw new AppError(
        'conflict',
        `Remote "${this.name}" speaks API version ${info.data.apiVersion}; this app speaks version ${REST_API_VERSION}. Update the older side.`,
        'remote',
      );
    }
    return { apiVersion: info.data.apiVersion, appVersion: info.data.appVersion };
  }

  async journeys(): Promise<RestJourney[]> {
    return RestJourneyList.parse(this.json(await this.send('GET', REST_PATHS.journeys))).journeys;
  }

  /** Uploads a bundle under a push id; `onProgress` gets the fraction sent. */
  async push(
    bundle: Uint8Array,
    pushId: string,
    policy: string,
    onProgress?: (fraction: number) => void,
  ): Promise<PushResult> {
    const reply = await this.send(
      'POST',
      `${REST_PATHS.bundles}?policy=${encodeURIComponent(policy)}`,
      bundle,
      { 'idempotency-key': pushId, 'content-type': 'application/zip' },
      onProgress,
    );
    return PushResult.parse(this.json(reply));
  }

  async pull(ids: readonly string[], includeVersions: boolean): Promise<Uint8Array> {
    return new Uint8Array(
      (await this.send('GET', `${REST_PATHS.bundles}?${pullQuery(ids, includeVersions)}`)).body,
    );
  }

  /** A JSON request to any REST API v1 path (the hub's admin part), its answer checked against `schema`. */
  async request<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<z.output<S>> {
    const bytes = body === undefined ? undefined : new TextEncoder().encode(JSON.stringify(body));
    const parsed = schema.safeParse(
      this.json(
        await this.send(method, path, bytes, bytes ? { 'content-type': 'application/json' } : {}),
      ),
    );
    if (!parsed.success)
      throw new AppError(
        'invalid_input',
        `Remote "${this.name}" answered ${path} with something this app does not understand`,
        'remote',
      );
    return parsed.data;
  }

  private json(reply: Reply): unknown {
    try {
      return JSON.parse(reply.body.toString('utf8'));
    } catch {
      throw new AppError(
        'invalid_input',
        `Remote "${this.name}" answered with something that is not JSON`,
        'remote',
      );
    }
  }

  /** Explains a refusal in the user's terms; the server's own message is kept when it has one. */
  private refusal(reply: Reply): AppError {
    let message: string;
    try {
      message = RestErrorBody.parse(JSON.parse(reply.body.toString('utf8'))).error.message;
    } catch {
      message = `HTTP ${reply.status}`;
    }
    if (reply.status === 401)
      return new AppError(
        'unauthorized',
        `Remote "${this.name}" refused the token (${message}). Create a new one there and run remote add again.`,
        'token',
      );
    if (reply.status === 404 && message.startsWith('HTTP')) {
      return new AppError(
        'not_found',
        `Remote "${this.name}" does not serve API version ${REST_API_VERSION} at ${this.url}${REST_PREFIX}/ (is it started with serve --remote, and up to date?)`,
        'remote',
      );
    }
    if (reply.status === 429)
      return new AppError(
        'forbidden',
        `Remote "${this.name}" is rate limiting: ${message}`,
        'remote',
      );
    if (reply.status === 413)
      return new AppError(
        'invalid_input',
        `Remote "${this.name}" refused the upload as too large: ${message}`,
        'remote',
      );
    const code =
      reply.status === 404
        ? 'not_found'
        : reply.status === 409
          ? 'conflict'
          : reply.status >= 500
            ? 'internal'
            : 'invalid_input';
    return new AppError(code, `Remote "${this.name}": ${message}`, 'remote');
  }

  private send(
    method: string,
    path: string,
    body?: Uint8Array,
    headers: Record<string, string> = {},
    onProgress?: (f: number) => void,
  ): Promise<Reply> {
    let target: URL;
    try {
      target = new URL(path, `${this.url}/`);
    } catch {
      return Promise.reject(
        new AppError(
          'invalid_input',
          `Remote "${this.name}" has an invalid URL: ${this.url}`,
          'remote',
        ),
      );
    }
    const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Reply>((resolve, reject) => {
      const req = request(
        target,
        {
          method,
          timeout: this.timeoutMs,
          headers: {
            authorization: `Bearer ${this.token}`,
            ...headers,
            ...(body ? { 'content-length': String(body.length) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (e) => reject(this.unreachable(e)));
          res.on('end', () => {
            const reply = { status: res.statusCode ?? 0, body: Buffer.concat(chunks) };
            if (reply.status >= 200 && reply.status < 300) resolve(reply);
            else reject(this.refusal(reply));
          });
        },
      );
      req.on('timeout', () =>
        req.destroy(new Error(`no answer within ${this.timeoutMs / 1000} s`)),
      );
      req.on('error', (e) => reject(this.unreachable(e)));
      if (!body) return void req.end();
      // Chunked writes so the caller can show progress on a large push.
      const step = 256 * 1024;
      let at = 0;
      const writeNext = () => {
        while (at < body.length) {
          const chunk = body.subarray(at, at + step);
          at += chunk.length;
          onProgress?.(at / body.length);
          if (!req.write(chunk)) return void req.once('drain', writeNext);
        }
        req.end();
      };
      writeNext();
    });
  }

  private unreachable(error: Error & { code?: string }): AppError {
    const why =
      error.code === 'ECONNREFUSED'
        ? 'connection refused'
        : error.code === 'ENOTFOUND'
          ? 'host not found'
          : error.message;
    return new AppError(
      'internal',
      `Remote "${this.name}" at ${this.url} is unreachable (${why})`,
      'remote',
    );
  }
}
