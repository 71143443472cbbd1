import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../../electron/core/bundles/codec';
import { previewBundle } from '../../../electron/core/bundles/service';
import { RemoteClient } from '../../../electron/core/remotes/remote-client';
import { startHub, type RunningHub } from '../../../electron/host/hub/hub-server';
import { createHubToken } from '../../../electron/host/hub/hub-tokens';
import type { ImportPolicy, ImportSummary } from '../../../shared/bundle';
import {
  HubAuditList,
  HubPushList,
  HubTokenCreated,
  HubTokenList,
  type HubScope,
} from '../../../shared/contract/hub-api';
import { postgresAvailable } from '../../helpers/postgres';
import { useTempDirs } from '../../helpers/temp-dir';
import { emptyCore, published } from '../bundles/fixtures';
import { fileBackend, hubBackend, onClose, usePostgres } from '../remotes/backends';
import { callingAction } from '../bundles/fixtures';
import { bundleOf, journey, scenario, versionOf } from './bundle-fixtures';

const tempDir = useTempDirs();
const available = postgresAvailable();
const cluster = usePostgres();

async function hub(options: { burst?: number } = {}): Promise<RunningHub> {
  const running = await startHub({
    databaseUrl: await cluster().createDatabase(),
    port: 0,
    host: '127.0.0.1',
    log: () => undefined,
    burst: 1_000,
    ...options,
  });
  onClose(() => running.close());
  return running;
}

async function tokenFor(running: RunningHub, scopes: HubScope[]): Promise<string> {
  return (await createHubToken(running.pool, { label: scopes.join('+'), scopes }, 'test')).token;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A summary without the random ids copies get, so two remotes' answers compare. */
const comparable = (s: ImportSummary) => ({
  ...s,
  copied: s.copied.map((c) => ({ from: c.from, name: c.name })),
});

/** Raw bytes on a socket, for requests fetch would refuse to send; resolves with the reply's status line. */
function rawRequest(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let reply = '';
    socket.on('data', (d) => (reply += d.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(reply.split('\r\n')[0]));
  });
}

describe.runIf(available)('team hub', () => {
  it('answers every push exactly as the file-backed instance does (new, identical, conflicting × skip, overwrite, copy)', async () => {
    const lineage = 'lineage-a';
    const other = journey('Welcome series', 'another lineage, same name');
    const rivalV2 = published('Welcome series', {
      id: 'rival-v2',
      lineageId: lineage,
      version: 2,
      description: 'published elsewhere',
    });
    const steps: { bytes: Uint8Array; policy: ImportPolicy }[] = [
      { bytes: bundleOf([versionOf(lineage, 'Welcome series', 1)]), policy: 'overwrite' }, // new
      { bytes: bundleOf([versionOf(lineage, 'Welcome series', 1)]), policy: 'overwrite' }, // identical
      { bytes: bundleOf([versionOf(lineage, 'Welcome series', 1, 'edited')]), policy: 'skip' }, // conflicting by id: skipped
      { bytes: bundleOf([versionOf(lineage, 'Welcome series', 1, 'edited')]), policy: 'copy' }, // a copy under a new name
      { bytes: bundleOf([versionOf(lineage, 'Welcome series', 1, 'edited')]), policy: 'overwrite' }, // overwritten
      { bytes: bundleOf([versionOf(lineage, 'Welcome series', 2)]), policy: 'overwrite' }, // next version of the lineage: new
      { bytes: bundleOf([other]), policy: 'overwrite' }, // conflicting by name: nothing of ours to replace, so a copy
      { bytes: bundleOf([other]), policy: 'skip' },
      // Someone else's version 2 of the same lineage (another id): conflicting by version.
      { bytes: bundleOf([rivalV2]), policy: 'skip' },
      { bytes: bundleOf([rivalV2]), policy: 'overwrite' }, // never replaces the version 2 already there: a copy
    ];
    const answers: unknown[][] = [];
    for (const backend of [fileBackend(tempDir), hubBackend(cluster)]) {
      const remote = await backend.start({ burst: 1_000 });
      const client = new RemoteClient('r', remote.base, remote.token);
      const summaries = [];
      for (const [i, step] of steps.entries())
        summaries.push(
          comparable((await client.push(step.bytes, `policy-step-${i}-x`, step.policy)).summary),
        );
      // A copy gets fresh random ids, so its hash differs from remote to remote.
      const listed = (await client.journeys()).map(({ name, version, contentHash }) => ({
        name,
        version,
        contentHash: name.includes('_copy') ? 'a copy' : contentHash,
      }));
      answers.push([
        summaries,
        listed.sort((a, b) => `${a.name}${a.version}`.localeCompare(`${b.name}${b.version}`)),
      ]);
    }
    const [file, hubAnswer] = answers;
    expect(hubAnswer).toEqual(file);
    // What we expect by hand, so equal answers are also right ones.
    const summaries = hubAnswer[0] as ReturnType<typeof comparable>[];
    expect(
      summaries.map((s) => [
        s.created.length,
        s.unchanged.length,
        s.skipped.length,
        s.copied.length,
        s.overwritten.length,
      ]),
    ).toEqual([
      [1, 0, 0, 0, 0],
      [0, 1, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 1],
      [1, 0, 0, 0, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 1, 0],
    ]);
    // The import preview names it, too.
    const local = await emptyCore(tempDir());
    await local.context.store.create(versionOf(lineage, 'Welcome series', 2));
    const preview = await previewBundle(local.context, bundleOf([rivalV2]));
    await local.close();
    expect(preview.journeys[0]).toMatchObject({ state: 'conflicting', conflict: 'version' });
    expect(summaries[3].copied[0].name).toBe('Welcome series_copy');
    expect(summaries[9].copied[0].name).toBe('Welcome series_copy_3');
    // Neither remote has two journeys claiming version 2 of the lineage.
    expect(
      (hubAnswer[1] as { name: string; version: number }[])
        .filter((j) => j.name === 'Welcome series')
        .map((j) => j.version),
    ).toEqual([1, 2]);
  }, 120_000);

  it('keeps every version, the Actions without secrets and the scenarios, and pulls a lineage with its versions', async () => {
    const running = await hub();
    const token = await tokenFor(running, ['read', 'push']);
    const client = new RemoteClient('hub', running.url, token);
    const v1 = callingAction(versionOf('lineage-b', 'Onboarding', 1), 'crm-hook');
    const action = {
      id: 'crm-hook',
      name: 'CRM webhook',
      module: 'http',
      config: {
        baseUrl: 'http://127.0.0.1:9/crm',
        headers: { 'X-Team': 'blue' },
        timeoutSeconds: 5,
      },
    };
    await client.push(
      bundleOf([v1], { actions: [action], scenarios: [scenario(v1.id, 'Pilot', 1)] }),
      'push-lineage-b1',
      'overwrite',
    );
    await client.push(
      bundleOf([versionOf('lineage-b', 'Onboarding', 2)]),
      'push-lineage-b2',
      'overwrite',
    );
    const pulled = decodeBundle(await client.pull([v1.id], true));
    expect(pulled.content.journeys.map((j) => j.version)).toEqual([1, 2]);
    expect(pulled.content.actions).toEqual([action]);
    expect(pulled.content.scenarios.map((s) => `${s.journeyId}:${s.name}`)).toEqual([
      `${v1.id}:Pilot`,
    ]);
    expect(pulled.content.references.accountLists.map((l) => l.id)).toEqual(['list-1']);
    expect(
      decodeBundle(await client.pull([v1.id], false)).content.journeys.map((j) => j.version),
    ).toEqual([1]);
  }, 60_000);

  it('checks scopes, expiry and revocation; the admin lists tokens, push history and an audit log of every change', async () => {
    const running = await hub();
    const admin = await tokenFor(running, ['admin']);
    const reader = await tokenFor(running, ['read']);
    const pusher = await tokenFor(running, ['read', 'push']);
    const push = (token: string, key: string) =>
      fetch(`${running.url}/api/v1/bundles`, {
        method: 'POST',
        headers: { ...bearer(token), 'idempotency-key': key },
        body: Buffer.from(bundleOf([journey('Scoped')])),
      });
    expect((await push(reader, 'scope-read-1')).status).toBe(403);
    expect(
      (await fetch(`${running.url}/api/v1/hub/tokens`, { headers: bearer(pusher) })).status,
    ).toBe(403);
    expect((await push(pusher, 'scope-push-1')).status).toBe(200);

    const created = HubTokenCreated.parse(
      await (
        await fetch(`${running.url}/api/v1/hub/tokens`, {
          method: 'POST',
          headers: bearer(admin),
          body: JSON.stringify({ label: 'ci', scopes: ['read'], expiresInDays: 30 }),
        })
      ).json(),
    );
    expect(
      (await fetch(`${running.url}/api/v1/info`, { headers: bearer(created.token) })).status,
    ).toBe(200);
    const refused = await fetch(`${running.url}/api/v1/hub/tokens`, {
      method: 'POST',
      headers: bearer(admin),
      body: JSON.stringify({ label: '', scopes: [] }),
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatchObject({
      field: 'label',
      message: 'Label is required',
    });
    await running.pool.query(
      `UPDATE tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [created.info.id],
    );
    expect(
      (await fetch(`${running.url}/api/v1/info`, { headers: bearer(created.token) })).status,
    ).toBe(401);
    expect(
      (
        await fetch(`${running.url}/api/v1/hub/tokens/${created.info.id}`, {
          method: 'DELETE',
          headers: bearer(admin),
        })
      ).status,
    ).toBe(200);

    const tokens = HubTokenList.parse(
      await (await fetch(`${running.url}/api/v1/hub/tokens`, { headers: bearer(admin) })).json(),
    ).tokens;
    expect(tokens.find((t) => t.id === created.info.id)?.revokedAt).not.toBeNull();
    expect(JSON.stringify(tokens)).not.toContain(created.token);
    const pushes = HubPushList.parse(
      await (await fetch(`${running.url}/api/v1/hub/pushes`, { headers: bearer(admin) })).json(),
    ).pushes;
    expect(pushes.map((p) => [p.pushId, p.by, p.result])).toEqual([
      ['scope-push-1', 'read+push', 'applied'],
    ]);
    const audit = HubAuditList.parse(
      await (
        await fetch(`${running.url}/api/v1/hub/audit?limit=50`, { headers: bearer(admin) })
      ).json(),
    ).entries;
    expect(audit.map((e) => e.action).reverse()).toEqual([
      'token.create',
      'token.create',
      'token.create',
      'journey.create',
      'references.merge',
      'token.create',
      'token.revoke',
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/jsh_/);
  }, 60_000);

  it('answers a malformed request with 400 and keeps running', async () => {
    const running = await hub();
    expect(
      await rawRequest(
        running.port,
        'GET http://[::1/api/v1/info HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      ),
    ).toBe('HTTP/1.1 400 Bad Request');
    expect(
      await rawRequest(running.port, 'GET /api/v1/info HTTP/1.1\r\nHost: bad\x01host\r\n\r\n'),
    ).toBe('HTTP/1.1 400 Bad Request');
    expect(await rawRequest(running.port, 'NOT HTTP AT ALL\r\n\r\n')).toBe(
      'HTTP/1.1 400 Bad Request',
    );
    const token = await tokenFor(running, ['read']);
    expect(
      (await fetch(`${running.url}/api/v1/journeys/%E0%A4%A`, { headers: bearer(token) })).status,
    ).toBe(400); // the client's bad percent-encoding, as serve --remote answers
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('answers 503 while the database is down and recovers when it is back', async () => {
    const pg = cluster();
    const running = await hub();
    const token = await tokenFor(running, ['read']);
    pg.pause();
    try {
      const down = await fetch(`${running.url}/api/v1/journeys`, { headers: bearer(token) });
      expect(down.status).toBe(503);
      expect((await down.json()).error.message).toBe(
        'The hub database is unavailable; try again shortly',
      );
      expect((await fetch(`${running.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    } finally {
      pg.resume();
    }
    expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${running.url}/api/v1/journeys`, { headers: bearer(token) })).status).toBe(
      200,
    );
  }, 120_000);

  it('finishes an in-flight push on shutdown', async () => {
    const running = await startHub({
      databaseUrl: await cluster().createDatabase(),
      port: 0,
      host: '127.0.0.1',
      log: () => undefined,
    });
    const token = await tokenFor(running, ['read', 'push']);
    const bytes = Buffer.from(bundleOf([journey('In flight')]));
    let markClosing: () => void = () => undefined;
    const closing = new Promise<void>((resolve) => (markClosing = resolve));
    const reply = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${running.url}/api/v1/bundles`,
        {
          method: 'POST',
          headers: {
            ...bearer(token),
            'idempotency-key': 'in-flight-0001',
            'content-length': String(bytes.length),
          },
        },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write(bytes.subarray(0, 100));
      // The rest goes once the hub has started draining (below).
      void closing.then(() => req.end(bytes.subarray(100)));
    });
    while (running.busy() === 0) await new Promise((r) => setTimeout(r, 10));
    const closed = running.close();
    markClosing();
    expect((await reply).status).toBe(200);
    await closed;
    const again = await startHub({
      databaseUrl: running.databaseUrl,
      port: 0,
      host: '127.0.0.1',
      log: () => undefined,
    });
    onClose(() => again.close());
    expect((await again.pool.query(`SELECT name FROM journeys`)).rows).toEqual([
      { name: 'In flight' },
    ]);
    // Migrations ran once; the second start found nothing to do.
    expect(
      (await again.pool.query('SELECT count(*)::int AS n FROM hub_migrations')).rows[0].n,
    ).toBe(1);
  }, 60_000);
});
