import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Core } from '../core/core';
import {
  AuthFailureLimiter,
  clientAddress,
  DEFAULT_AUTH_LIMIT,
  type AuthLimit,
} from './auth-limit';
import { guarded, logLine, refuse, requestUrl } from './request-guard';
import { answer } from './socket-protocol';
import { serveStatic } from './static-files';
import { TOKEN_COOKIE, tokenOf, tokensMatch } from './token';

export interface HostOptions {
  core: Core;
  token: string;
  port: number;
  host: string;
  rendererDir: string;
  /** Largest WebSocket message accepted, in bytes. */
  maxMessageBytes?: number;
  /** `serve --remote`: the REST API under /api/, with its own bearer tokens instead of the page token. */
  api?: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
  /** Wrong page tokens one client address may send per window before 429. */
  authLimit?: AuthLimit;
  /** Where a failed request is logged (one line, no secrets); stderr by default. */
  log?: (line: string) => void;
}

export interface RunningHost {
  server: Server;
  url: string;
  port: number;
  close: () => Promise<void>;
}

const DEFAULT_MAX_MESSAGE = 16 * 1024 * 1024;

/** A socket may only come from a page we served: its Origin must be this host. */
function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // non-browser clients (CLI, tests) send none
  try {
    const o = new URL(origin);
    return (
      o.host === req.headers.host &&
      (o.hostname === '127.0.0.1' || o.hostname === 'localhost' || o.hostname === '[::1]')
    );
  } catch {
    return false;
  }
}

/** Serves the built renderer and the contract over WebSocket; every request needs the token. */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const { core, token } = options;
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE,
  });

  const log =
    options.log ?? ((line: string) => process.stderr.write(`journey-studio serve: ${line}\n`));
  const limiter = new AuthFailureLimiter(options.authLimit ?? DEFAULT_AUTH_LIMIT);

  /** 'ok', or why not: no token at all, a wrong one (counted), or too many wrong ones lately. */
  function checkToken(
    req: IncomingMessage,
    url: URL,
  ): { ok: true } | { ok: false; status: 401 | 429; retryAfter?: number } {
    const given = tokenOf(url, req.headers);
    if (!given) return { ok: false, status: 401 };
    const address = clientAddress(req.socket);
    const wait = limiter.retryAfter(address);
    if (wait > 0) return { ok: false, status: 429, retryAfter: wait };
    if (tokensMatch(token, given)) return { ok: true };
    limiter.fail(address);
    return { ok: false, status: 401 };
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void | Promise<void> => {
    const url = requestUrl(req);
    if (!url) return refuse(res, 400, 'Bad request target');
    if (options.api && url.pathname.startsWith('/api/')) return options.api(req, res);
    const auth = checkToken(req, url);
    if (!auth.ok && auth.status === 429) {
      res
        .writeHead(429, { 'content-type': 'text/plain', 'retry-after': String(auth.retryAfter) })
        .end(`Too many wrong tokens from this address; retry in ${auth.retryAfter} s.\n`);
      return;
    }
    if (!auth.ok) {
      res
        .writeHead(401, { 'content-type': 'text/plain' })
        .end(
          'Journey Studio: open the URL with the access token printed by `journey-studio serve`.\n',
        );
      return;
    }
    if (url.searchParams.has('token')) {
      res.setHeader(
        'set-cookie',
        `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(options.rendererDir, url.pathname, res);
  };
  const handleGuarded = guarded(handle, log, [token]);
  const server = createServer((req, res) => void handleGuarded(req, res));

  server.on('upgrade', (req, socket, head) => {
    // The socket is ours from here: a client that resets it must not raise an unheard 'error'.
    socket.on('error', () => socket.destroy());
    try {
      const url = requestUrl(req);
      const auth = url && url.pathname === '/ws' ? checkToken(req, url) : null;
      if (!url || !auth?.ok || !originAllowed(req)) {
        const status = !url
          ? '400 Bad Request'
          : auth && !auth.ok && auth.status === 429
            ? `429 Too Many Requests\r\nRetry-After: ${auth.retryAfter}`
            : '401 Unauthorized';
        socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
        return;
      }
      sockets.handleUpgrade(req, socket, head, (ws) => {
        // ws closes a socket that breaks the protocol (e.g. 1009 for an oversized message) and then
        // emits 'error'; unheard, that error would end the whole host process.
        ws.on('error', () => ws.terminate());
        ws.on('message', (data) => {
          answer(data.toString(), core.dispatch)
            .then((reply) => ws.send(JSON.stringify(reply)))
            .catch((error: unknown) => log(`Socket reply failed: ${logLine(error, [token])}`));
        });
      });
    } catch (error) {
      log(`Upgrade failed: ${logLine(error, [token])}`);
      socket.destroy();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const port = (server.address() as AddressInfo).port;
      const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        server,
        port,
        url: `http://${shownHost}:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            for (const client of sockets.clients) client.terminate();
            sockets.close();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
