import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpModule, joinUrl, type HttpConfig } from '../../../electron/core/actions/http-module';
import { sendHttp } from '../../../electron/core/actions/http-request';
import { closedPort, json, startServer } from './local-server';

let server: Awaited<ReturnType<typeof startServer>>;
const timers: ReturnType<typeof setTimeout>[] = [];

beforeAll(async () => {
  server = await startServer({
    '/': json(200, { service: 'ok' }),
    '/customer': json(200, { tier: 'premium', score: 87 }),
    '/echo': (req, res, body) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-seen': 'yes' });
      res.end(
        JSON.stringify({
          method: req.method,
          url: req.url,
          auth: req.headers.authorization ?? null,
          body,
        }),
      );
    },
    '/fail': json(503, { error: 'maintenance' }),
    '/text': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('plain words, not JSON');
    },
    '/slow-headers': (_req, res) => {
      timers.push(setTimeout(() => json(200, { late: true })(_req, res, ''), 3_000));
    },
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
      timers.push(setTimeout(() => res.end('true}'), 3_000));
    },
    '/huge': (_req, res) => {
      // 2 MB streamed in chunks without a Content-Length: the cap must stop reading mid-stream.
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const push = () => {
        while (sent < 2_000_000) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      push();
    },
    '/declared-huge': (_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(5_000_000),
      });
      res.write('{');
    },
  });
});

afterAll(async () => {
  for (const t of timers) clearTimeout(t);
  await server.close();
});

const config = (over: Partial<HttpConfig> = {}): HttpConfig => ({
  baseUrl: server.url,
  headers: {},
  timeoutSeconds: 5,
  ...over,
});
const request = (input: Record<string, unknown>, over: Partial<HttpConfig> = {}) =>
  httpModule.functions.request.execute(config(over), input, {
    signal: new AbortController().signal,
  });

describe('HTTP module against a real local server', () => {
  it('returns { status, headers, body } with the JSON body parsed', async () => {
    const out = await request({ path: '/customer' });
    expect(out).toMatchObject({
      ok: true,
      message: 'HTTP 200 OK',
      response: { status: 200, body: { tier: 'premium', score: 87 } },
    });
    expect((out.response as { headers: Record<string, string> }).headers['content-type']).toBe(
      'application/json',
    );
  });

  it('sends method, path, query, JSON body, configured headers and the secret token', async () => {
    const out = await request(
      { method: 'POST', path: 'echo', query: 'a=1&b=two', body: '{"email":"a@example.com"}' },
      { token: 'tok-123456789-secret', headers: { 'x-team': 'growth' } },
    );
    expect(out.ok).toBe(true);
    expect(out.response).toMatchObject({
      body: {
        method: 'POST',
        url: '/echo?a=1&b=two',
        auth: 'Bearer tok-123456789-secret',
        body: '{"email":"a@example.com"}',
      },
    });
    const seen = server.seen.at(-1);
    expect(seen?.headers['x-team']).toBe('growth');
    expect(seen?.headers['content-type']).toBe('application/json');
  });

  it('refuses a body that is not JSON before sending anything', async () => {
    const before = server.seen.length;
    const out = await request({ method: 'POST', path: '/echo', body: '{not json' });
    expect(out).toEqual({ ok: false, message: 'The JSON body is not valid JSON after rendering' });
    expect(server.seen.length).toBe(before);
  });

  it('reports a non-2xx status as a failure and still keeps the response', async () => {
    const out = await request({ path: '/fail' });
    expect(out.ok).toBe(false);
    expect(out.message).toBe(`HTTP 503 Service Unavailable from ${server.url}`);
    expect(out.response).toMatchObject({ status: 503, body: { error: 'maintenance' } });
  });

  it('keeps a non-JSON body as text and says so', async () => {
    const out = await request({ path: '/text' });
    expect(out).toMatchObject({
      ok: true,
      response: { status: 200, body: 'plain words, not JSON' },
    });
    expect(out.message).toContain('not JSON');
  });

  it('gives up on slow headers and on a slow body at the time limit', async () => {
    for (const path of ['/slow-headers', '/slow-body']) {
      const started = Date.now();
      const out = await sendHttp(
        { method: 'GET', url: `${server.url}${path}`, headers: {} },
        { timeoutMs: 300, maxBytes: 1_000_000 },
      );
      expect(out).toMatchObject({ ok: false, failure: 'timeout' });
      expect(out.message).toContain('within 0.3 s');
      expect(Date.now() - started).toBeLessThan(2_500);
    }
  });

  it('stops reading an oversized response, streamed or declared', async () => {
    for (const path of ['/huge', '/declared-huge']) {
      const out = await sendHttp(
        { method: 'GET', url: `${server.url}${path}`, headers: {} },
        { timeoutMs: 5_000, maxBytes: 1_000_000 },
      );
      expect(out).toEqual({
        ok: false,
        failure: 'too-large',
        message: 'The response is larger than 1 MB; it was not read further',
      });
    }
  });

  it('reports a refused connection clearly', async () => {
    const port = await closedPort();
    const out = await sendHttp({ method: 'GET', url: `http://127.0.0.1:${port}/`, headers: {} });
    expect(out).toEqual({
      ok: false,
      failure: 'refused',
      message: `Connection refused by 127.0.0.1:${port}`,
    });
  });

  it('refuses URLs that are not http or https', async () => {
    expect(await sendHttp({ method: 'GET', url: 'file:///etc/passwd', headers: {} })).toMatchObject(
      { ok: false, failure: 'invalid-url' },
    );
  });

  it('module test calls the base URL for real', async () => {
    const ok = await httpModule.test(config(), { signal: new AbortController().signal });
    expect(ok).toMatchObject({ ok: true, message: `Reached ${server.url}: HTTP 200 OK` });
    const missing = await httpModule.test(config({ baseUrl: `${server.url}/nowhere` }), {
      signal: new AbortController().signal,
    });
    expect(missing).toMatchObject({ ok: false, message: `HTTP 404 Not Found from ${server.url}` });
  });

  it('joins base URL, path and query with exactly one slash', () => {
    expect(joinUrl('http://h/api/', '/v1/x', '')).toBe('http://h/api/v1/x');
    expect(joinUrl('http://h/api', 'v1', '?a=1')).toBe('http://h/api/v1?a=1');
    expect(joinUrl('http://h/api?k=1', '', 'a=1')).toBe('http://h/api?k=1&a=1');
  });
});
