import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliAsync } from '../../helpers/cli';
import { startServe, type ServeProcess } from '../../helpers/serve-process';
import { useTempDirs } from '../../helpers/temp-dir';

// Issue 16: the probes that ended the host with one request (defect 3), and the token items of
// its "Also" list, against real `serve` and `serve --remote` processes.
const tempDir = useTempDirs();
const FILE_TOKEN = 'token-from-a-file-4b1d9e';
const ENV_TOKEN = 'token-from-the-environment-77c2';
let plain: ServeProcess;
let remote: ServeProcess;
let bearer: string;
const dirs: string[] = [];

beforeAll(async () => {
  // Kept for the whole file (useTempDirs empties its folders after every test).
  const [plainDir, remoteDir, files] = [0, 1, 2].map(() =>
    mkdtempSync(join(tmpdir(), 'journey-studio-hardening-')),
  );
  dirs.push(plainDir, remoteDir, files);
  const tokenFile = join(files, 'token.txt');
  writeFileSync(tokenFile, `${FILE_TOKEN}\n`);
  const made = runCli([
    'remote',
    'token',
    'create',
    '--label',
    'probe',
    '--json',
    '--data-dir',
    remoteDir,
  ]);
  bearer = (JSON.parse(made.stdout) as { token: string }).token;
  // A small lock-out window (4 wrong tokens in 20 s) so the test can see it end.
  [plain, remote] = await Promise.all([
    startServe(['--data-dir', plainDir, '--empty', '--token-file', tokenFile], {
      JOURNEY_STUDIO_TOKEN: '',
    }),
    startServe(['--data-dir', remoteDir, '--empty', '--remote'], {
      JOURNEY_STUDIO_TOKEN: ENV_TOKEN,
      JOURNEY_STUDIO_AUTH_LIMIT: '4/20',
    }),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([plain?.stop(), remote?.stop()]);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** One raw request; resolves with the status line's code (or '' when the connection just closed). */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve) => {
    let got = '';
    const socket = connect({ port, host: '127.0.0.1' }, () => socket.write(request));
    socket.on('data', (d: Buffer) => (got += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1] ?? ''));
  });
}

const get = (path: string, headers: string[]) =>
  `GET ${path} HTTP/1.1\r\n${headers.map((h) => `${h}\r\n`).join('')}Connection: close\r\n\r\n`;

describe('no request ends the host', () => {
  for (const which of ['serve', 'serve --remote'] as const) {
    it(`${which}: bad Host headers, bad percent-encoding and a bad cookie get 4xx and the process keeps answering`, async () => {
      const host = which === 'serve' ? plain : remote;
      const token = which === 'serve' ? FILE_TOKEN : ENV_TOKEN;
      const statuses: Record<string, string> = {};
      for (const h of ['[', 'a b', '%zz', 'a:99999']) {
        statuses[`Host: ${h} /api/v1/info`] = await raw(
          host.port,
          get('/api/v1/info', [
            `Host: ${h}`,
            ...(which === 'serve --remote' ? [`Authorization: Bearer ${bearer}`] : []),
          ]),
        );
        statuses[`Host: ${h} /`] = await raw(host.port, get('/', [`Host: ${h}`]));
      }
      for (const p of ['/%FF', '/%E0%A4%A', '/%00'])
        statuses[`token ${p}`] = await raw(
          host.port,
          get(p, ['Host: 127.0.0.1', `Cookie: journey_studio_token=${token}`]),
        );
      statuses['cookie %E0%A4%A'] = await raw(
        host.port,
        get('/', ['Host: 127.0.0.1', 'Cookie: journey_studio_token=%E0%A4%A']),
      );
      statuses['absolute-form target'] = await raw(
        host.port,
        get('http://[/', ['Host: 127.0.0.1']),
      );
      if (which === 'serve --remote')
        statuses['api id %FF'] = await raw(
          host.port,
          get('/api/v1/journeys/%FF', ['Host: 127.0.0.1', `Authorization: Bearer ${bearer}`]),
        );
      expect(host.alive(), host.stderr()).toBe(true);
      for (const [what, status] of Object.entries(statuses)) {
        // With the bearer token, the API answers whatever the Host header says (it is never parsed).
        const apiWithToken = which === 'serve --remote' && what.endsWith('/api/v1/info');
        expect(status, what).toMatch(apiWithToken ? /^200$/ : /^4\d\d$/);
      }
      expect(statuses['token /%FF']).toBe('400');
      expect(statuses['token /%E0%A4%A']).toBe('400');
      if (which === 'serve --remote') expect(statuses['api id %FF']).toBe('400');
      const page = await fetch(`http://127.0.0.1:${host.port}/`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect([200, 503]).toContain(page.status);
    }, 60_000);
  }
});

describe('tokens', () => {
  it('serve takes its token from --token-file or JOURNEY_STUDIO_TOKEN, and neither shows in the process list', async () => {
    for (const [host, token] of [
      [plain, FILE_TOKEN],
      [remote, ENV_TOKEN],
    ] as const) {
      expect(readFileSync(`/proc/${host.child.pid}/cmdline`, 'utf8')).not.toContain(token);
      expect(host.url).toContain(`?token=${token}`);
      const res = await fetch(`http://127.0.0.1:${host.port}/`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect([200, 503]).toContain(res.status);
    }
  });

  it('a missing or empty --token-file, or --token with --token-file, is refused by name', () => {
    const dir = tempDir();
    const missing = runCli([
      'serve',
      '--port',
      '0',
      '--data-dir',
      dir,
      '--token-file',
      join(dir, 'nope.txt'),
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--token-file');
    writeFileSync(join(dir, 'empty.txt'), '\n');
    const empty = runCli([
      'serve',
      '--port',
      '0',
      '--data-dir',
      dir,
      '--token-file',
      join(dir, 'empty.txt'),
    ]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/--token-file .* is empty/);
    const both = runCli([
      'remote',
      'add',
      'r',
      'http://127.0.0.1:1',
      '--token',
      'a',
      '--token-file',
      join(dir, 'empty.txt'),
      '--data-dir',
      dir,
    ]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('not both');
  }, 60_000);

  it('remote add reads the token from --token-file; remote test then reaches a real serve --remote with it', async () => {
    const dir = tempDir();
    const file = join(dir, 'remote-token.txt');
    writeFileSync(file, `${bearer}\n`);
    const added = await runCliAsync([
      'remote',
      'add',
      'probe',
      `http://127.0.0.1:${remote.port}`,
      '--token-file',
      file,
      '--data-dir',
      dir,
    ]);
    expect(added.status, added.stderr).toBe(0);
    expect(added.stderr).not.toContain('process list');
    const tested = await runCliAsync(['remote', 'test', 'probe', '--data-dir', dir]);
    expect(tested.status, tested.stderr).toBe(0);
    expect(tested.stdout).toContain('accepts the token');
  }, 90_000);

  it('wrong tokens from one address are answered 429 with Retry-After, the right one too while it lasts, and the lock-out ends by itself', async () => {
    const base = `http://127.0.0.1:${remote.port}`;
    const page = (token: string) => fetch(`${base}/?token=${encodeURIComponent(token)}`);
    const api = (token: string) =>
      fetch(`${base}/api/v1/info`, { headers: { authorization: `Bearer ${token}` } });
    // No token at all is not a guess: it never counts.
    for (let i = 0; i < 6; i++) expect((await fetch(`${base}/`)).status).toBe(401);
    for (const [name, call, right] of [
      ['page', page, ENV_TOKEN],
      ['api', api, bearer],
    ] as const) {
      const wrong = await Promise.all([1, 2, 3, 4].map((i) => call(`wrong-${i}`)));
      expect(
        wrong.map((r) => r.status),
        name,
      ).toEqual([401, 401, 401, 401]);
      const locked = await call('wrong-5');
      expect(locked.status, name).toBe(429);
      const wait = Number(locked.headers.get('retry-after'));
      expect(wait, name).toBeGreaterThan(0);
      expect(wait, name).toBeLessThanOrEqual(20);
      expect((await call(right)).status, `${name}: the right token waits too`).toBe(429);
      await new Promise((r) => setTimeout(r, wait * 1000 + 200));
      const after = await call(right);
      expect(after.status, `${name}: after Retry-After the right token works`).not.toBe(429);
      expect(after.status).not.toBe(401);
    }
  }, 120_000);
});
