import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, toErrorPayload, type ErrorCode } from '../../../shared/errors';
import type { AuthFailureLimiter } from '../auth-limit';

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_channel: 404,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthorized: 401,
  internal: 500,
};

/** An API failure with its own HTTP status (413, 429, 405) when the code's default does not fit. */
export class HttpError extends AppError {
  constructor(
    readonly status: number,
    code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code, message);
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    })
    .end(JSON.stringify(body));
}

/** A bundle as a download: the zip bytes under their file name, never cached. */
export function sendZip(res: ServerResponse, bytes: Uint8Array, fileName: string): void {
  res
    .writeHead(200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
    })
    .end(bytes);
}

/** Any thrown value as a JSON error; internal errors never echo details that could hold secrets. */
export function sendError(res: ServerResponse, error: unknown): void {
  const payload = toErrorPayload(error);
  const status = error instanceof HttpError ? error.status : STATUS[payload.code];
  const headers = error instanceof HttpError ? error.headers : {};
  const safe =
    payload.code === 'internal'
      ? { code: payload.code, message: 'Internal error on the remote instance' }
      : payload;
  if (!res.headersSent) sendJson(res, status, { error: safe }, headers);
  else res.destroy();
}

/** The request body, refused with 413 past `limit` bytes (declared length first, then counted). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit)
    throw new HttpError(
      413,
      'invalid_input',
      `Request body of ${declared} bytes is over the ${limit}-byte limit`,
    );
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit)
      throw new HttpError(413, 'invalid_input', `Request body is over the ${limit}-byte limit`);
    chunks.push(chunk as Buffer);
  }
  if (!req.complete) throw new HttpError(400, 'invalid_input', 'Request body was cut off');
  return Buffer.concat(chunks);
}

/** The request's bearer token, or '' when it carries none. */
export function bearerToken(req: IncomingMessage): string {
  const auth = req.headers.authorization ?? '';
  return auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
}

/**
 * Refuses (429 with Retry-After) a client address locked out for wrong tokens, before its token is
 * checked; a request with no token is not a guess and is never refused here.
 */
export function refuseIfLockedOut(
  failures: AuthFailureLimiter,
  address: string,
  given: string,
): void {
  const locked = given ? failures.retryAfter(address) : 0;
  if (locked > 0)
    throw new HttpError(
      429,
      'forbidden',
      `Too many wrong tokens from this address; retry in ${locked} s`,
      {
        'retry-after': String(locked),
      },
    );
}
