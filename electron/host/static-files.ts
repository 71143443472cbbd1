import { createReadStream, existsSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Same policy as the desktop window: our own scripts and styles, the socket to ourselves, nothing remote. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws://127.0.0.1:* ws://localhost:*; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Serves a file of the built renderer; unknown paths fall back to index.html (client routing). */
export function serveStatic(root: string, pathname: string, res: ServerResponse): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    res.writeHead(400).end('Bad path'); // `/%FF`, `/%E0%A4%A`: not UTF-8 percent-encoding
    return;
  }
  if (decoded.includes('\0')) {
    res.writeHead(400).end('Bad path');
    return;
  }
  const safe = normalize(decoded).replace(/^(\.\.(\/|\\|$))+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root + sep) && file !== root) {
    res.writeHead(400).end('Bad path');
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  if (!existsSync(file)) {
    res
      .writeHead(503, { 'content-type': 'text/plain' })
      .end('The renderer is not built. Run: npm run build:renderer\n');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=3600',
  });
  // A file that vanishes or cannot be read mid-answer cuts this response, never the process.
  pipeline(createReadStream(file), res, () => undefined);
}
