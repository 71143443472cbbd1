import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import WebSocket from 'ws';
import { openCore } from '../../../electron/core/core';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { useTempDirs } from '../../helpers/temp-dir';

/**
 * A real host over a real core on a temp data dir (an empty workspace, a one-line renderer page),
 * closed after each test. Call at the top of a test file.
 */
export function useTestHost(token: string): (maxMessageBytes?: number) => Promise<RunningHost> {
  const tempDir = useTempDirs();
  let running: { host: RunningHost; close: () => Promise<void> } | null = null;
  afterEach(async () => {
    await running?.close();
    running = null;
  });
  return async (maxMessageBytes) => {
    const core = await openCore({ dataDir: tempDir(), mode: 'browser', empty: true });
    const rendererDir = tempDir();
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Journey Studio</title>');
    const host = await startHost({
      core,
      token,
      port: 0,
      host: '127.0.0.1',
      rendererDir,
      maxMessageBytes,
    });
    running = { host, close: async () => (await host.close(), await core.close()) };
    return host;
  };
}

/** Opens a socket; resolves with 'open' or the HTTP status it was refused with. */
export function connect(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ result: string; ws: WebSocket }> {
  const ws = new WebSocket(url, { headers });
  return new Promise((resolve) => {
    ws.on('open', () => resolve({ result: 'open', ws }));
    ws.on('unexpected-response', (_req, res) => resolve({ result: String(res.statusCode), ws }));
    ws.on('error', () => resolve({ result: 'error', ws }));
  });
}

/** One contract call over an open socket; resolves with the host's reply. */
export function call(
  ws: WebSocket,
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; output?: unknown; error?: { code: string } }> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(data.toString())));
    ws.send(JSON.stringify({ id: 1, channel, input }));
  });
}
