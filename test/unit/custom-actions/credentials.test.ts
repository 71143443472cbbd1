import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBundle, encodeBundle } from '../../../electron/core/bundles/codec';
import { exportBundle } from '../../../electron/core/bundles/export';
import { runCli } from '../../helpers/cli';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { useTempDirs } from '../../helpers/temp-dir';
import { callingAction, coreWith, PINNED, published } from '../bundles/fixtures';
import { startServer } from './local-server';
import { call } from '../helpers/call';

const tempDir = useTempDirs();
const stops: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** Every credential the attack found outside the Token field, each a value that must never be in plain text. */
const PASSWORD = 'basic-pass-5c1e09d7';
const SIG = 'apisig-value-0b77f3aa';
const COOKIE = 'session=cookie-value-6d2f41';
const X_AUTH = 'xauth-value-93ab10c4';
const APIM = 'apim-subscription-key-e58c';
const UPSTREAM = 'Bearer upstream-value-1f0a9b';
const SECRETS = [PASSWORD, SIG, COOKIE, X_AUTH, APIM, UPSTREAM.slice(7)];

async function actionWithCredentials() {
  const server = await startServer({
    '/crm': (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
  });
  stops.push(server.close);
  const dir = tempDir();
  const { core } = await coreWith(dir, 0);
  stops.push(() => core.close());
  const base = server.url.replace('http://', `http://crm-user:${PASSWORD}@`);
  const action = await call(core, 'actions.create', {
    name: 'CRM webhook',
    module: 'http',
    config: {
      baseUrl: `${base}/crm?team=blue&api_sig=${SIG}`,
      headers: {
        Cookie: COOKIE,
        'X-Auth': X_AUTH,
        'Ocp-Apim-Subscription-Key': APIM,
        'X-Upstream': UPSTREAM,
        'X-Team': 'blue',
      },
      timeoutSeconds: 5,
    },
  });
  return { dir, core, action, server };
}

describe('credentials outside the Token field', () => {
  it('go to the secrets store at save, show masked, and are sent with every request', async () => {
    const { dir, core, action, server } = await actionWithCredentials();
    for (const file of ['actions.json', 'secrets.enc.json']) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const secret of SECRETS) expect(text, `${file} holds ${secret}`).not.toContain(secret);
    }
    const shown = JSON.stringify(action);
    for (const secret of SECRETS) expect(shown).not.toContain(secret);
    expect(action.config).toMatchObject({
      headers: { 'X-Team': 'blue', Cookie: '••••2f41', 'X-Auth': '••••10c4' },
    });
    expect(action.config.baseUrl).toMatch(
      /^http:\/\/••••09d7@127\.0\.0\.1:\d+\/crm\?team=blue&api_sig=••••f3aa$/,
    );

    const sent = async () => {
      const result = await call(core, 'actions.test', { id: action.id });
      expect(result.message).toMatch(/^Reached /);
      expect(result.ok).toBe(true);
      const req = server.seen.at(-1);
      expect(req?.url).toBe(`/crm?team=blue&api_sig=${SIG}`);
      expect(req?.headers).toMatchObject({
        cookie: COOKIE,
        'x-auth': X_AUTH,
        'ocp-apim-subscription-key': APIM,
        'x-upstream': UPSTREAM,
        'x-team': 'blue',
      });
      expect(req?.headers.authorization).toBe(
        `Basic ${Buffer.from(`crm-user:${PASSWORD}`).toString('base64')}`,
      );
      for (const secret of SECRETS) expect(JSON.stringify(result)).not.toContain(secret);
    };
    await sent();
    // Saving what the editor shows (the masks) keeps every stored credential.
    await call(core, 'actions.update', {
      id: action.id,
      name: 'CRM webhook renamed',
      config: action.config,
    });
    await sent();
    // A header removed in the editor takes its secret with it; a new value replaces the old.
    const { Cookie: _removed, ...otherHeaders } = action.config.headers as Record<string, string>;
    const edited = await call(core, 'actions.update', {
      id: action.id,
      name: 'CRM webhook',
      config: { ...action.config, headers: { ...otherHeaders, 'X-Auth': 'xauth-new-value-2222' } },
    });
    expect(Object.keys(edited.config.headers as object).sort()).toEqual([
      'Ocp-Apim-Subscription-Key',
      'X-Auth',
      'X-Team',
      'X-Upstream',
    ]);
    await call(core, 'actions.test', { id: action.id });
    expect(server.seen.at(-1)?.headers).toMatchObject({ 'x-auth': 'xauth-new-value-2222' });
    expect(server.seen.at(-1)?.headers.cookie).toBeUndefined();
    expect(readFileSync(join(dir, 'secrets.enc.json'), 'utf8')).not.toContain('xauth-new-value');
  });

  it('never travel in a bundle, and a bundle that carries one is refused by import, naming the field', async () => {
    const { core, action } = await actionWithCredentials();
    const journey = await core.context.store.create(
      callingAction(published('Calls the CRM'), action.id),
    );
    const { bytes } = await exportBundle(core.context, {
      ids: [journey.id],
      includeVersions: false,
      createdAt: PINNED,
    });
    const inflated = Object.values(unzipSync(bytes))
      .map((b) => strFromU8(b))
      .join('\n');
    for (const secret of [...SECRETS, '••••']) expect(inflated).not.toContain(secret);
    expect(inflated).toContain('"X-Team": "blue"');
    expect(inflated).toMatch(/"baseUrl": "http:\/\/127\.0\.0\.1:\d+\/crm\?team=blue"/);

    // Bundles made elsewhere (or tampered with) that carry each kind of credential.
    const decoded = decodeBundle(bytes);
    const [bundled] = decoded.content.actions;
    const cases: [string, typeof bundled.config, RegExp][] = [
      [
        'userinfo',
        { ...bundled.config, baseUrl: 'http://user:PASS@crm.example/x' },
        /0\.config\.baseUrl: a bundle never carries secrets \(Base URL: the user name and password before "@"\)/,
      ],
      [
        'query',
        { ...bundled.config, baseUrl: 'http://crm.example/x?api_sig=abc' },
        /0\.config\.baseUrl: a bundle never carries secrets \(Base URL: the query value "api_sig"\)/,
      ],
      [
        'cookie',
        { ...bundled.config, headers: { Cookie: 'a=b' } },
        /0\.config\.headers\.Cookie: a bundle never carries secrets \(Headers: "Cookie"\)/,
      ],
      [
        'x-auth',
        { ...bundled.config, headers: { 'X-Auth': 'k' } },
        /0\.config\.headers\.X-Auth: a bundle never carries secrets/,
      ],
      [
        'apim',
        { ...bundled.config, headers: { 'Ocp-Apim-Subscription-Key': 'k' } },
        /0\.config\.headers\.Ocp-Apim-Subscription-Key: a bundle never carries secrets/,
      ],
      [
        'bearer value',
        { ...bundled.config, headers: { 'X-Upstream': 'Bearer k' } },
        /0\.config\.headers\.X-Upstream: a bundle never carries secrets/,
      ],
    ];
    const target = tempDir();
    expect(runCli(['call', 'journeys.list', '--empty', '--data-dir', target]).status).toBe(0);
    const before = snapshotDir(target);
    for (const [name, config, message] of cases) {
      // encodeBundle writes what it is given: the tampered content gets a valid manifest and hashes.
      const tampered = encodeBundle(
        { ...decoded.content, actions: [{ ...bundled, config }] },
        { appVersion: '1', createdAt: PINNED, source: { workspace: 'W' } },
      );
      const file = join(tempDir(), `${name.replace(/\W/g, '-')}.journeys.zip`);
      writeFileSync(file, tampered);
      const result = runCli(['import', file, '--data-dir', target]);
      expect(result.status, name).toBe(2);
      expect(result.stderr, name).toMatch(message);
    }
    expect(snapshotDir(target)).toEqual(before);
  }, 300_000);
});
