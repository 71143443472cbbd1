import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The request target as a URL, or null when it is not one. Only the path and query matter: the
 * Host header is the client's to choose (`Host: [` once ended the process), so it is never parsed.
 */
export function requestUrl(req: IncomingMessage): URL | null {
  const target = req.url ?? '/';
  if (!target.startsWith('/')) return null; // absolute-form, authority-form and `*`: not for us
  try {
    // Appended, not resolved against a base: `//x` is a path here, not another host.
    return new URL(`http://journey-studio.invalid${target}`);
  } catch {
    return null;
  }
}

/** Answers a client's mistake without details; a response already under way is cut instead. */
export function refuse(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res
    .writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
    .end(`${text}\n`);
}

/** One line for the log: the error's kind and message with any secret taken out, never the request. */
export function logLine(error: unknown, secrets: readonly string[]): string {
  let text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  for (const s of secrets) if (s) text = text.split(s).join('***');
  return text.split('\n')[0].slice(0, 300);
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * The last line of defence of a request handler: whatever a handler throws, synchronously or
 * later, becomes a 500 for that request and a log line, never an exception that ends the host.
 */
export function guarded(
  handler: Handler,
  log: (line: string) => void,
  secrets: readonly string[] = [],
): Handler {
  return (req, res) => {
    const fail = (error: unknown) => {
      log(`Request failed: ${logLine(error, secrets)}`);
      refuse(res, 500, 'Internal error');
    };
    try {
      const done = handler(req, res);
      if (done) done.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}
