import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Core } from '../core/core';
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
  api?: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface RunningHost {
  server: Server;
  url: string;
  port: number;
  close: () => Promise<void>;
}

const DEFAULT_MAX_MESSAGE = 16 * 1024 * 1024;

function requestUrl(req: IncomingMessage): URL {
  return new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
}

/** A socket may only come from a page we served: its Origin must be this host. */
function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // non-browser clients (CLI, tests) send none
  try {
    const o = new URL(origin);
    return o.host === req.headers.host && (o.hostname === '127.0.0.1' || o.hostname === 'localhost' || o.hostname === '[::1]');
  } catch {
    return false;
  }
}

/** Serves the built renderer and the contract over WebSocket; every request needs the token. */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const { core, token } = options;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE });

  const server = createServer((req, res) => {
    const url = requestUrl(req);
    if (options.api && url.pathname.startsWith('/api/')) return options.api(req, res);
    if (!tokensMatch(token, tokenOf(url, req.headers))) {
      res.writeHead(401, { 'content-type': 'text/plain' }).end('Journey Studio: open the URL with the access token printed by `journey-studio serve`.\n');
      return;
    }
    if (url.searchParams.has('token')) {
      res.setHeader('set-cookie', `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(options.rendererDir, url.pathname, res);
  });

  server.on('upgrade', (req, socket, head) => {
    const url = requestUrl(req);
    if (url.pathname !== '/ws' || !tokensMatch(token, tokenOf(url, req.headers)) || !originAllowed(req)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      // ws closes a socket that breaks the protocol (e.g. 1009 for an oversized message) and then
      // emits 'error'; unheard, that error would end the whole host process.
      ws.on('error', () => ws.terminate());
      ws.on('message', (data) => {
        void answer(data.toString(), core.dispatch).then((reply) => ws.send(JSON.stringify(reply)));
      });
    });
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
