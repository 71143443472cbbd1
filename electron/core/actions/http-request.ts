/** One outgoing request, fully built (URL, headers and body already rendered). */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpLimits {
  /** Whole exchange, headers and body, in milliseconds. */
  timeoutMs: number;
  /** Response body bytes read before giving up. */
  maxBytes: number;
}

/** What an Action step stores under `journey.<data key>`. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export type HttpFailure =
  'timeout' | 'refused' | 'network' | 'too-large' | 'http-status' | 'invalid-url';

/** A response (possibly non-2xx) or a failure, each with one clear line. */
export type HttpResult =
  | { ok: true; message: string; response: HttpResponse }
  | { ok: false; failure: HttpFailure; message: string; response?: HttpResponse };

export const DEFAULT_LIMITS: HttpLimits = { timeoutMs: 10_000, maxBytes: 1_000_000 };

class TooLarge extends Error {}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await res.body.cancel().catch(() => undefined);
    throw new TooLarge();
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Stop reading as soon as the cap is passed: a huge body must not fill memory.
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function parseBody(bytes: Uint8Array): { body: unknown; json: boolean } {
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') return { body: null, json: true };
  try {
    return { body: JSON.parse(text) as unknown, json: true };
  } catch {
    return { body: text, json: false };
  }
}

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

function kb(bytes: number): string {
  return bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${Math.round(bytes / 1_000)} KB`;
}

/** Sends one request with a time limit and a size cap; never throws. */
export async function sendHttp(
  req: HttpRequest,
  limits: HttpLimits = DEFAULT_LIMITS,
  outer?: AbortSignal,
): Promise<HttpResult> {
  let url: URL;
  try {
    url = new URL(req.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    return {
      ok: false,
      failure: 'invalid-url',
      message: `Not an http:// or https:// URL: ${req.url}`,
    };
  }
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), limits.timeoutMs);
  const signal = outer ? AbortSignal.any([timer.signal, outer]) : timer.signal;
  const where = `${url.protocol}//${url.host}`;
  try {
    const res = await fetch(url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      signal,
      redirect: 'follow',
    });
    const bytes = await readCapped(res, limits.maxBytes);
    const headers: Record<string, string> = {};
    res.headers.forEach((value, key) => (headers[key] = value));
    const { body, json } = parseBody(bytes);
    const response: HttpResponse = { status: res.status, headers, body };
    const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    if (!res.ok)
      return { ok: false, failure: 'http-status', message: `${status} from ${where}`, response };
    return {
      ok: true,
      message: json ? status : `${status}; the response is not JSON, stored as text`,
      response,
    };
  } catch (error) {
    if (error instanceof TooLarge) {
      return {
        ok: false,
        failure: 'too-large',
        message: `The response is larger than ${kb(limits.maxBytes)}; it was not read further`,
      };
    }
    if (timer.signal.aborted) {
      return {
        ok: false,
        failure: 'timeout',
        message: `No complete response from ${where} within ${limits.timeoutMs / 1000} s`,
      };
    }
    const code = errorCode(error);
    if (code === 'ECONNREFUSED')
      return { ok: false, failure: 'refused', message: `Connection refused by ${url.host}` };
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
      return { ok: false, failure: 'network', message: `Host not found: ${url.hostname}` };
    const cause = (error as { cause?: unknown }).cause;
    const detail =
      code ??
      (cause instanceof Error
        ? cause.message
        : error instanceof Error
          ? error.message
          : String(error));
    return { ok: false, failure: 'network', message: `Request to ${where} failed (${detail})` };
  } finally {
    clearTimeout(timeout);
  }
}
