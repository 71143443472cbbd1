import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokensMatch } from '../../../electron/host/token';
import { useTempDirs } from '../../helpers/temp-dir';
import { call, connect, useTestHost } from './host-fixture';

const BIN = fileURLToPath(new URL('../../../bin/journey-studio.mjs', import.meta.url));
const TOKEN = 'host-security-token-0123456789';
const start = useTestHost(TOKEN);
const tempDir = useTempDirs();

/** Sends a request with a body of `size` bytes; resolves with the status and the body text. */
function post(port: number, path: string, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-length': size },
      },
      (res) => {
        let body = '';
        res
          .setEncoding('utf8')
          .on('data', (c: string) => (body += c))
          .on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET'
        ? resolve({ status: 0, body: '' })
        : reject(error),
    );
    // The server may answer and reset before the body is sent: later write errors are expected.
    req.on('socket', (socket) => socket.on('error', () => undefined));
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    for (let sent = 0; sent < size; sent += chunk.length)
      req.write(chunk.subarray(0, Math.min(chunk.length, size - sent)));
    req.end();
  });
}

describe('host security', () => {
  it('refuses every page without the token, with a wrong one or one of another length, and never echoes a token', async () => {
    const host = await start();
    const base = `http://127.0.0.1:${host.port}`;
    const wrongSameLength = TOKEN.replace(/.$/, 'X');
    for (const res of [
      await fetch(`${base}/`),
      await fetch(`${base}/assets/app.js?token=${wrongSameLength}`),
      await fetch(`${base}/`, { headers: { authorization: `Bearer ${TOKEN}x` } }),
      await fetch(`${base}/`, { headers: { cookie: `journey_studio_token=${wrongSameLength}` } }),
    ]) {
      expect(res.status).toBe(401);
      const body = await res.text();
      expect(body).not.toContain(TOKEN);
      expect(body).not.toContain(wrongSameLength);
    }
  });

  it('compares tokens without throwing on any length or encoding', () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    for (const given of [
      '',
      null,
      undefined,
      'x',
      TOKEN.slice(1),
      `${TOKEN}x`,
      'é'.repeat(TOKEN.length),
      '\u0000'.repeat(10_000),
    ]) {
      expect(tokensMatch(TOKEN, given)).toBe(false);
    }
  });

  it('answers a 20 MB request body with a refusal without reading it, and stays up', async () => {
    const host = await start();
    const refused = await post(host.port, '/', 20 * 1024 * 1024);
    expect([0, 405, 413]).toContain(refused.status);
    expect((await fetch(`http://127.0.0.1:${host.port}/?token=${TOKEN}`)).status).toBe(200);
  });

  it('refuses a socket without the token, with a wrong token, on another path or from a foreign Origin', async () => {
    const host = await start();
    const ws = `ws://127.0.0.1:${host.port}/ws`;
    expect((await connect(ws)).result).toBe('401');
    expect((await connect(`${ws}?token=${TOKEN.replace(/.$/, 'X')}`)).result).toBe('401');
    expect((await connect(`ws://127.0.0.1:${host.port}/other?token=${TOKEN}`)).result).toBe('401');
    for (const origin of [
      'http://evil.example',
      `http://evil.example:${host.port}`,
      `http://127.0.0.1.evil.example:${host.port}`,
      'null',
      'file://',
    ]) {
      expect((await connect(`${ws}?token=${TOKEN}`, { origin })).result, origin).toBe('401');
    }
    const good = await connect(`${ws}?token=${TOKEN}`, { origin: `http://127.0.0.1:${host.port}` });
    expect(good.result).toBe('open');
    good.ws.close();
  });

  it('closes a socket that sends an oversized message (1009) and keeps serving everyone else', async () => {
    const host = await start(64 * 1024);
    const ws = `ws://127.0.0.1:${host.port}/ws?token=${TOKEN}`;
    const bystander = await connect(ws);
    const attacker = await connect(ws);
    const closed = new Promise<number>((resolve) =>
      attacker.ws.on('close', (code) => resolve(code)),
    );
    attacker.ws.on('error', () => undefined);
    attacker.ws.send(
      JSON.stringify({ id: 1, channel: 'journeys.list', input: { pad: 'x'.repeat(128 * 1024) } }),
    );
    expect(await closed).toBe(1009);
    expect(await call(bystander.ws, 'journeys.list', {})).toMatchObject({ ok: true, output: [] });
    bystander.ws.close();
  });

  it('binds 127.0.0.1 by default; --host elsewhere warns; the token is printed once, in the URL, and never on stderr', async () => {
    const dataDir = tempDir();
    const run = (args: string[]) =>
      new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [BIN, 'serve', '--port', '0', '--data-dir', dataDir, '--empty', ...args],
          {
            env: { ...process.env, JOURNEY_STUDIO_TOKEN: TOKEN },
          },
        );
        let stdout = '';
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
        child.stdout.setEncoding('utf8').on('data', (c: string) => {
          stdout += c;
          if (stdout.includes('Data directory:')) child.kill('SIGTERM');
        });
        child.on('error', reject);
        child.on('close', () => resolve({ stdout, stderr }));
      });
    const local = await run([]);
    expect(local.stdout).toContain(`is running at http://127.0.0.1:`);
    expect(local.stderr).not.toMatch(/warning/i);
    expect(local.stdout.split(TOKEN).length - 1).toBe(1);
    expect(local.stderr).not.toContain(TOKEN);
    const open = await run(['--host', '0.0.0.0']);
    expect(open.stderr).toMatch(/^Warning: listening on 0\.0\.0\.0/);
    expect(open.stderr).not.toContain(TOKEN);
  }, 60_000);
});
