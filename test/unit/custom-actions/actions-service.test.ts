import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { isChannel } from '../../../shared/contract';
import type { Journey, JourneyNode } from '../../../shared/model';
import { useTempDirs } from '../../helpers/temp-dir';
import { fillEntry } from '../helpers/entry-audience';
import { startServer } from './local-server';
import { call, type TypedCall } from '../helpers/call';

const SECRET = 'sk-live-VERY-secret-token-9876';
const tempDir = useTempDirs();
const cores: Core[] = [];
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer({
    '/': (_req, res) => res.end('{"ok":true}'),
    '/lookup': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      // A careless server that echoes the Authorization header back.
      res.end(
        JSON.stringify({ url: req.url, echoedAuth: req.headers.authorization, tier: 'gold' }),
      );
    },
  });
});
afterAll(() => server.close());
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
});

async function open(empty = true): Promise<{ core: Core; dir: string; call: TypedCall }> {
  const dir = tempDir();
  const core = await openCore({ dataDir: dir, mode: 'cli', empty, user: 'tester' });
  cores.push(core);
  return {
    core,
    dir,
    call: (channel, input) => call(core, channel, input),
  };
}

function actionStep(actionRef: string): JourneyNode {
  return {
    id: 'lookup',
    type: 'action',
    name: 'Look up',
    position: { x: 0, y: 100 },
    settings: {
      scope: 'people',
      actionId: 'custom-action',
      applyTo: { mode: 'all' },
      params: { dataKey: 'crm', actionRef, function: 'request', input: { path: '/lookup' } },
    },
  };
}

/** Entry -> Action step -> Exit. */
function withStep(j: Journey, actionRef: string) {
  const edges = [
    { id: 'e1', source: 'entry', sourceHandle: 'out', target: 'lookup' },
    { id: 'e2', source: 'lookup', sourceHandle: 'out', target: 'exit' },
  ];
  return { description: '', content: [], nodes: [...j.nodes, actionStep(actionRef)], edges };
}

/** Every file under a folder as text, zip entries unpacked, for "never contains" checks. */
function allBytes(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else parts.push(readFileSync(path, 'latin1'));
    }
  };
  walk(root);
  return parts.join('\n');
}

describe('custom Actions through the contract', () => {
  it('creates an HTTP Action: secret kept apart, shown masked, kept on edit, replaced on request', async () => {
    const { call, dir } = await open();
    const made = await call('actions.create', {
      name: 'CRM',
      module: 'http',
      config: { baseUrl: server.url, token: SECRET },
    });
    expect(made).toMatchObject({
      name: 'CRM',
      module: 'http',
      moduleLabel: 'HTTP request',
      functions: ['request'],
      secrets: { token: { set: true, hint: '••••9876' } },
    });
    expect(JSON.stringify(made)).not.toContain(SECRET);
    expect(readFileSync(join(dir, 'actions.json'), 'utf8')).not.toContain(SECRET);
    const renamed = await call('actions.update', {
      id: made.id,
      name: 'CRM v2',
      config: { baseUrl: server.url, token: '' },
    });
    expect(renamed.secrets.token).toEqual({ set: true, hint: '••••9876' });
    const test = await call('actions.test', { id: made.id });
    expect(test).toMatchObject({ ok: true });
    expect(server.seen.at(-1)?.headers.authorization).toBe(`Bearer ${SECRET}`);
    const cleared = await call('actions.update', {
      id: made.id,
      name: 'CRM v2',
      config: { baseUrl: server.url, token: null },
    });
    expect(cleared.secrets.token).toEqual({ set: false, hint: '' });
  });

  it('refuses a bad configuration naming the field, and duplicate names', async () => {
    const { call } = await open();
    await expect(
      call('actions.create', { name: 'Bad', module: 'http', config: { baseUrl: 'ftp://x' } }),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'config.baseUrl' });
    await expect(
      call('actions.create', { name: 'Mock', module: 'mock', config: { response: '{oops' } }),
    ).rejects.toMatchObject({ field: 'config.response' });
    await call('actions.create', { name: 'Same', module: 'mock', config: { response: '{}' } });
    await expect(
      call('actions.create', { name: ' same ', module: 'mock', config: { response: '{}' } }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('function Test renders Liquid for a sample profile, calls for real and never shows the secret', async () => {
    const { call } = await open();
    const made = await call('actions.create', {
      name: 'CRM',
      module: 'http',
      config: { baseUrl: server.url, token: SECRET },
    });
    const result = await call('actions.testFunction', {
      actionId: made.id,
      function: 'request',
      input: { path: '/lookup', query: 'email={{ person.email }}' },
      sampleProfile: { person: { email: 'ana@example.com' }, account: {} },
    });
    expect(result).toMatchObject({
      ok: true,
      input: { path: '/lookup', query: 'email=ana@example.com' },
      response: { status: 200, body: { url: '/lookup?email=ana@example.com', tier: 'gold' } },
    });
    expect(JSON.stringify(result)).not.toContain(SECRET);
    expect(JSON.stringify(result)).toContain('Bearer ••••9876');
    const unknown = await call('actions.testFunction', {
      actionId: made.id,
      function: 'request',
      input: { path: '{{ person.nope }}' },
      sampleProfile: { person: {}, account: {} },
    });
    expect(unknown).toMatchObject({ ok: false });
    expect(unknown.message).toContain('Input path: undefined variable: person.nope');
    await expect(
      call('actions.testFunction', {
        actionId: made.id,
        function: 'nope',
        sampleProfile: { person: {}, account: {} },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses to delete an Action a journey uses, naming the journey; deletes it once unused', async () => {
    const { call, core } = await open();
    const made = await call('actions.create', {
      name: 'CRM',
      module: 'http',
      config: { baseUrl: server.url, token: SECRET },
    });
    const j = await call('journeys.create', { name: 'Uses CRM', audience: 'people' });
    const body = {
      description: '',
      content: [],
      nodes: [...j.nodes, actionStep(made.id)],
      edges: j.edges,
    };
    const saved = await call('journeys.save', { id: j.id, baseRevision: 1, body });
    await expect(call('actions.delete', { id: made.id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('"Uses CRM"'),
    });
    expect((await call('actions.get', { id: made.id })).usedBy).toEqual([
      { id: j.id, name: 'Uses CRM' },
    ]);
    await call('journeys.save', {
      id: j.id,
      baseRevision: saved.revision,
      body: { ...body, nodes: j.nodes },
    });
    await expect(call('actions.delete', { id: made.id })).resolves.toEqual({ deleted: true });
    await expect(call('actions.get', { id: made.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(core.context.dataDir).toBeTruthy();
  });

  it('never writes the secret into a saved journey, actions.json or an exported bundle', async () => {
    const { core, call, dir } = await open();
    const made = await call('actions.create', {
      name: 'CRM',
      module: 'http',
      config: { baseUrl: server.url, token: SECRET },
    });
    const j = await call('journeys.create', { name: 'Secret check', audience: 'people' });
    const saved = await call('journeys.save', {
      id: j.id,
      baseRevision: 1,
      body: withStep(j, made.id),
    });
    await fillEntry((channel, input) => core.dispatch(channel, input), saved);
    await call('actions.testFunction', {
      actionId: made.id,
      function: 'request',
      input: { path: '/lookup' },
      sampleProfile: { person: {}, account: {} },
    });
    const files = allBytes(dir).replace(/secrets\.enc\.json[\s\S]*$/, '');
    expect(allBytes(join(dir, 'journeys'))).not.toContain(SECRET);
    expect(readFileSync(join(dir, 'actions.json'), 'utf8')).not.toContain(SECRET);
    expect(files).not.toContain(SECRET);
    // The encrypted store holds it, but not in clear.
    expect(readFileSync(join(dir, 'secrets.enc.json'), 'utf8')).not.toContain(SECRET);
    if (isChannel('bundles.export')) {
      await call('journeys.publish', { id: j.id });
      const bundle = await call('bundles.export', { ids: [j.id] });
      const entries = unzipSync(Buffer.from(bundle.base64, 'base64'));
      const text = Object.values(entries)
        .map((b) => Buffer.from(b).toString('utf8'))
        .join('\n');
      expect(text).toContain('Secret check');
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('9876');
    }
  });

  it('seeds the demo Mock Action with the demo workspace; its function Test returns the configured data', async () => {
    const { call } = await open(false);
    const [mock] = await call('actions.list', {});
    expect(mock).toMatchObject({ name: 'Customer API (mock)', module: 'mock' });
    expect(mock.usedBy.map((u) => u.name)).toContain('Pattern: Action → Gate');
    const out = await call('actions.testFunction', {
      actionId: mock.id,
      function: 'respond',
      sampleProfile: { person: {}, account: {} },
    });
    expect(out).toMatchObject({ ok: true, response: { status: 200, body: { tier: 'premium' } } });
  });
});
