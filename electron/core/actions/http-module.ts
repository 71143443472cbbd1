import { z } from 'zod';
import type { ActionModule, RunOutcome } from './module';
import { sendHttp, type HttpLimits, type HttpResult } from './http-request';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export const HttpConfig = z.object({
  baseUrl: z
    .string('Base URL is required')
    .trim()
    .max(2_000)
    .regex(/^https?:\/\/[^\s/]+/i, 'Base URL must start with http:// or https://')
    .meta({ title: 'Base URL', description: 'Requests go to this URL plus the step’s path.' }),
  token: z.string().max(4_000).optional().meta({
    title: 'Secret token',
    description: 'Sent as Authorization: Bearer <token>. Stored encrypted, never exported.',
    secret: true,
  }),
  headers: z
    .record(z.string().min(1).max(100), z.string().max(2_000))
    .default({})
    .meta({ title: 'Headers', description: 'Sent with every request.' }),
  timeoutSeconds: z
    .number()
    .int()
    .min(1)
    .max(60)
    .default(10)
    .meta({ title: 'Time limit (seconds)' }),
});
export type HttpConfig = z.infer<typeof HttpConfig>;

const RequestInput = z.object({
  method: z.enum(METHODS).default('GET').meta({ title: 'Method' }),
  path: z.string().max(2_000).default('').meta({
    title: 'Path',
    description: 'Appended to the base URL, e.g. /customers/{{ person.email }}',
  }),
  query: z
    .string()
    .max(4_000)
    .default('')
    .meta({ title: 'Query', description: 'name=value pairs joined by &' }),
  body: z
    .string()
    .max(100_000)
    .default('')
    .meta({ title: 'JSON body', description: 'Sent with POST, PUT and PATCH.' }),
});

const HttpResponseSchema = z.object({
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  body: z.unknown(),
});

/** Body and response cap; the issue asks for a size limit on what a step may store. */
export const HTTP_MAX_BYTES = 1_000_000;

function limitsOf(config: HttpConfig): HttpLimits {
  return { timeoutMs: config.timeoutSeconds * 1_000, maxBytes: HTTP_MAX_BYTES };
}

function headersOf(config: HttpConfig, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json', ...config.headers };
  if (json) headers['content-type'] = 'application/json';
  if (config.token) headers.authorization = `Bearer ${config.token}`;
  return headers;
}

/**
 * fetch refuses a URL carrying user:password@, so a base URL with them (kept in the secrets
 * store, put back for the run) is sent as Basic authorization, as a browser would; a token or an
 * Authorization header set on the Action wins.
 */
export function withBasicAuth(
  url: string,
  headers: Record<string, string>,
): { url: string; headers: Record<string, string> } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, headers }; // the request reports the bad URL
  }
  if (!parsed.username && !parsed.password) return { url, headers };
  const basic = Buffer.from(
    `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`,
  ).toString('base64');
  parsed.username = '';
  parsed.password = '';
  const hasAuthorization = Object.keys(headers).some((h) => h.toLowerCase() === 'authorization');
  return {
    url: parsed.toString(),
    headers: hasAuthorization ? headers : { ...headers, authorization: `Basic ${basic}` },
  };
}

/** Base URL + path (one slash between) + query. */
export function joinUrl(baseUrl: string, path: string, query: string): string {
  const base = baseUrl.trim().replace(/\/+$/, '');
  const tail = path.trim().replace(/^\/+/, '');
  const url = tail ? `${base}/${tail}` : base;
  const q = query.trim().replace(/^[?&]+/, '');
  return q ? `${url}${url.includes('?') ? '&' : '?'}${q}` : url;
}

function outcome(result: HttpResult): RunOutcome {
  return { ok: result.ok, message: result.message, response: result.response };
}

/** HTTP request (webhook): calls a base URL with headers, a secret token, path, query and JSON body. */
export const httpModule: ActionModule<HttpConfig> = {
  id: 'http',
  label: 'HTTP request',
  description: 'Calls an HTTP endpoint; the response is stored as { status, headers, body }.',
  config: HttpConfig,
  secretFields: ['token'],
  functions: {
    request: {
      label: 'Send request',
      description: 'Sends one request to the base URL plus the path.',
      input: RequestInput,
      output: HttpResponseSchema,
      async execute(config, raw, { signal }) {
        const input = RequestInput.parse(raw);
        const hasBody =
          input.method !== 'GET' && input.method !== 'DELETE' && input.body.trim() !== '';
        if (hasBody) {
          try {
            JSON.parse(input.body);
          } catch {
            return { ok: false, message: 'The JSON body is not valid JSON after rendering' };
          }
        }
        const { url, headers } = withBasicAuth(
          joinUrl(config.baseUrl, input.path, input.query),
          headersOf(config, hasBody),
        );
        const req = { method: input.method, url, headers, body: hasBody ? input.body : undefined };
        return outcome(await sendHttp(req, limitsOf(config), signal));
      },
    },
  },
  async test(config, { signal }) {
    const { url, headers } = withBasicAuth(config.baseUrl, headersOf(config, false));
    const result = await sendHttp({ method: 'GET', url, headers }, limitsOf(config), signal);
    if (!result.ok) return outcome(result);
    return { ok: true, message: `Reached ${url}: ${result.message}`, response: result.response };
  },
};
