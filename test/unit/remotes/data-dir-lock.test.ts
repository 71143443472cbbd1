import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openFileSecretStore } from '../../../electron/core/secrets/encrypted-file-store';
import { RemoteStore } from '../../../electron/core/remotes/remote-store';
import { listTokens } from '../../../electron/host/remote-api/tokens';
import { runCli } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { createRemoteToken, startRemote } from './remote-process';

const tempDir = useTempDirs();
const BIN = fileURLToPath(new URL('../../../bin/journey-studio.mjs', import.meta.url));
const PAGE_TOKEN = 'page-token-not-used';
const ALREADY_RUNNING =
  /Journey Studio is already running on this data directory \(pid \d+, browser, since [^)]+\)\. Close it first/;

/** The CLI as a separate process, asynchronously, so several run at once against one data dir. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A socket client of the running host that sends contract calls and awaits their replies. */
async function socketClient(base: string) {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/ws?token=${PAGE_TOKEN}`, {
    headers: { origin: base },
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let next = 0;
  const waiting = new Map<
    number,
    (reply: { ok: boolean; output?: unknown; error?: { message: string } }) => void
  >();
  ws.on('message', (data) => {
    const reply = JSON.parse(data.toString()) as { id: number; ok: boolean };
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  return {
    call: (channel: string, input: unknown) =>
      new Promise<{ ok: boolean; output?: unknown; error?: { message: string } }>((resolve) => {
        next += 1;
        waiting.set(next, resolve);
        ws.send(JSON.stringify({ id: next, channel, input }));
      }),
    close: () => ws.close(),
  };
}

describe('commands that write while serve holds the data directory', () => {
  it('refuses remote add, lets token revoke through to the running instance, and loses no acknowledged secret', async () => {
    const dataDir = tempDir();
    const kept = createRemoteToken(dataDir);
    const revoked = createRemoteToken(dataDir);
    const remote = await startRemote(dataDir);
    const client = await socketClient(remote.base);
    try {
      const created = await client.call('actions.create', {
        name: 'CRM hook',
        module: 'http',
        config: {
          baseUrl: 'http://127.0.0.1:9/crm',
          token: 'secret-value-000',
          headers: {},
          timeoutSeconds: 5,
        },
      });
      expect(created.ok).toBe(true);
      const actionId = (created.output as { id: string }).id;

      // The socket client keeps changing the Action's secret while the CLI commands run.
      let writing = true;
      const acknowledged: string[] = [];
      const updates = (async () => {
        for (let i = 1; writing || i < 5; i += 1) {
          const value = `secret-value-${String(i).padStart(3, '0')}`;
          const reply = await client.call('actions.update', {
            id: actionId,
            name: 'CRM hook',
            config: {
              baseUrl: 'http://127.0.0.1:9/crm',
              token: value,
              headers: {},
              timeoutSeconds: 5,
            },
          });
          expect(reply.error?.message).toBeUndefined();
          acknowledged.push(value);
        }
      })();
      const adds = Array.from({ length: 8 }, (_, k) =>
        cli([
          'remote',
          'add',
          `r${k}`,
          'http://127.0.0.1:1',
          '--token',
          `remote-token-${k}-abcdef`,
          '--data-dir',
          dataDir,
        ]),
      );
      const revoke = cli(['remote', 'token', 'revoke', revoked.id, '--data-dir', dataDir]);
      const results = await Promise.all(adds);
      const revokeResult = await revoke;
      writing = false;
      await updates;

      // remote add writes the secrets file the server writes too: refused, with the clear message.
      for (const r of results) {
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(ALREADY_RUNNING);
      }
      // token revoke writes only tokens.json, which the server reads on every request: it goes through.
      expect(revokeResult.stderr).toBe('');
      expect(revokeResult.code).toBe(0);
      const info = (token: string) =>
        fetch(`${remote.base}/api/v1/info`, { headers: { authorization: `Bearer ${token}` } }).then(
          (r) => r.status,
        );
      expect(await info(revoked.token)).toBe(401);
      expect(await info(kept.token)).toBe(200);

      client.close();
      await remote.stop();
      // Every acknowledged change is on disk: the last secret, the kept token, and no remote half-added.
      const secrets = await openFileSecretStore(dataDir);
      expect(await secrets.get(`action:${actionId}:token`)).toBe(acknowledged.at(-1));
      expect((await listTokens(dataDir)).map((t) => t.id)).toEqual([kept.id]);
      expect(await (await RemoteStore.open(dataDir)).list()).toEqual([]);
    } finally {
      client.close();
      await remote.stop();
    }

    // Once the server is gone, the same commands go through, and concurrent ones lose nothing:
    // each either lands or is refused with the clear message.
    const later = await Promise.all(
      Array.from({ length: 3 }, (_, k) =>
        cli([
          'remote',
          'add',
          `r${k}`,
          'http://127.0.0.1:1',
          '--token',
          `remote-token-${k}-abcdef`,
          '--data-dir',
          dataDir,
        ]),
      ),
    );
    const store = await RemoteStore.open(dataDir);
    for (const [k, r] of later.entries()) {
      if (r.code === 0) expect((await store.get(`r${k}`)).token).toBe(`remote-token-${k}-abcdef`);
      else expect(r.stderr).toMatch(/already running on this data directory \(pid \d+, cli,/);
    }
    expect(later.some((r) => r.code === 0)).toBe(true);
  }, 180_000);

  it('refuses two token commands at once rather than losing one, and never loses an acknowledged token', async () => {
    const dataDir = tempDir();
    const made = await Promise.all(
      Array.from({ length: 4 }, (_, k) =>
        cli(['remote', 'token', 'create', '--label', `t${k}`, '--json', '--data-dir', dataDir]),
      ),
    );
    const acknowledged = made
      .filter((r) => r.code === 0)
      .map((r) => (JSON.parse(r.stdout) as { id: string }).id);
    for (const r of made.filter((m) => m.code !== 0))
      expect(r.stderr).toMatch(/already running on this data directory \(pid \d+, remote token,/);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect((await listTokens(dataDir)).map((t) => t.id).sort()).toEqual([...acknowledged].sort());
    expect(runCli(['remote', 'token', 'list', '--data-dir', dataDir]).status).toBe(0);
  }, 120_000);
});
