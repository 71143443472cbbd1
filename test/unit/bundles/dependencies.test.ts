import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/core/bundles/export';
import { importBundle, previewBundle } from '../../../electron/core/bundles/service';
import { listScenarios, saveScenario } from '../../../electron/core/scenarios';
import { SavedScenario } from '../../../shared/simulation';
import { useTempDirs } from '../../helpers/temp-dir';
import { callingAction, coreWith, emptyCore, PINNED, published } from './fixtures';
import { call } from '../helpers/call';

const tempDir = useTempDirs();
const TOKEN = 'tok-very-secret-value-9f3a2c';
const HEADER_SECRET = 'hdr-secret-value-77e1b0';

const scenario = (name: string, seed: number) =>
  SavedScenario.parse({
    schemaVersion: 1,
    name,
    population: { kind: 'synthetic', accounts: 50 },
    horizonDays: 10,
    seed,
  });

async function source() {
  const { core } = await coreWith(tempDir(), 0);
  const action = await call(core, 'actions.create', {
    name: 'CRM webhook',
    module: 'http',
    config: {
      baseUrl: 'http://127.0.0.1:9/crm',
      token: TOKEN,
      headers: { 'X-Team': 'blue', Authorization: `Bearer ${HEADER_SECRET}` },
      timeoutSeconds: 5,
    },
  });
  const journey = await core.context.store.create(
    callingAction(published('Calls the CRM'), action.id),
  );
  await saveScenario(core.context.dataDir, journey.id, scenario('Small pilot', 1));
  await saveScenario(core.context.dataDir, journey.id, scenario('Big launch', 2));
  return { core, action, journey };
}

describe('bundles carry Actions (without secrets) and scenarios', () => {
  it('round trip keeps the Action minus its secrets and every scenario; no secret is in the bytes', async () => {
    const { core, action, journey } = await source();
    const { bytes } = await exportBundle(core.context, {
      ids: [journey.id],
      includeVersions: false,
      createdAt: PINNED,
    });
    const raw = Buffer.from(bytes).toString('latin1');
    const inflated = Object.values(unzipSync(bytes))
      .map((b) => strFromU8(b))
      .join('\n');
    for (const secret of [TOKEN, HEADER_SECRET]) {
      expect(raw).not.toContain(secret);
      expect(inflated).not.toContain(secret);
    }
    expect(inflated).toContain('"X-Team": "blue"');

    const target = await emptyCore(tempDir());
    const preview = await previewBundle(target.context, bytes);
    expect(preview.actions).toEqual([
      {
        id: action.id,
        name: 'CRM webhook',
        module: 'http',
        state: 'new',
        conflict: null,
        changes: [],
        secretsToSet: ['token'],
      },
    ]);
    expect(preview.scenarios.map((s) => `${s.name}:${s.state}`)).toEqual([
      'Small pilot:new',
      'Big launch:new',
    ]);
    expect(preview.journeys[0].missingReferences).toEqual([]);

    const summary = await importBundle(target.context, bytes, 'skip');
    expect(summary).toMatchObject({ actionsAdded: 1, scenariosAdded: 2 });
    const imported = await call(target, 'actions.get', { id: action.id });
    expect(imported).toMatchObject({
      name: 'CRM webhook',
      module: 'http',
      config: { baseUrl: 'http://127.0.0.1:9/crm', headers: { 'X-Team': 'blue' } },
    });
    expect(imported.secrets.token).toEqual({ set: false, hint: '' });
    expect((await listScenarios(target.context.dataDir, journey.id)).map((s) => s.name)).toEqual([
      'Small pilot',
      'Big launch',
    ]);

    // Again: everything identical, nothing written.
    const again = await previewBundle(target.context, bytes);
    expect([...again.actions, ...again.scenarios].map((i) => i.state)).toEqual([
      'identical',
      'identical',
      'identical',
    ]);
    await core.close();
    await target.close();
  });

  it('previews a changed Action and scenario as conflicting; skip keeps them, overwrite replaces them and keeps the local secret', async () => {
    const { core, action, journey } = await source();
    const { bytes } = await exportBundle(core.context, {
      ids: [journey.id],
      includeVersions: false,
      createdAt: PINNED,
    });
    const target = await emptyCore(tempDir());
    await importBundle(target.context, bytes, 'skip');
    await call(target, 'actions.update', {
      id: action.id,
      name: 'CRM webhook',
      config: {
        baseUrl: 'http://127.0.0.1:9/other',
        token: 'local-token-1234567890',
        headers: {},
        timeoutSeconds: 5,
      },
    });
    await saveScenario(target.context.dataDir, journey.id, scenario('Small pilot', 99));

    const preview = await previewBundle(target.context, bytes);
    expect(preview.actions[0]).toMatchObject({
      state: 'conflicting',
      conflict: 'id',
      secretsToSet: [],
    });
    expect(preview.actions[0].changes.map((c) => c.field)).toEqual([
      'configuration baseUrl',
      'configuration headers',
    ]);
    expect(preview.scenarios.map((s) => `${s.name}:${s.state}`)).toEqual([
      'Small pilot:conflicting',
      'Big launch:identical',
    ]);

    expect(await importBundle(target.context, bytes, 'skip')).toMatchObject({
      actionsReplaced: 0,
      scenariosReplaced: 0,
    });
    expect((await call(target, 'actions.get', { id: action.id })).config.baseUrl).toBe(
      'http://127.0.0.1:9/other',
    );

    expect(await importBundle(target.context, bytes, 'overwrite')).toMatchObject({
      actionsReplaced: 1,
      scenariosReplaced: 1,
    });
    const after = await call(target, 'actions.get', { id: action.id });
    expect(after.config.baseUrl).toBe('http://127.0.0.1:9/crm');
    expect(after.secrets.token.set).toBe(true);
    expect(
      (await listScenarios(target.context.dataDir, journey.id)).find(
        (s) => s.name === 'Small pilot',
      )?.seed,
    ).toBe(1);
    await core.close();
    await target.close();
  });

  it('a copy takes the scenarios along; a journey calling an Action nobody has shows a missing reference', async () => {
    const { core, journey } = await source();
    const { bytes } = await exportBundle(core.context, {
      ids: [journey.id],
      includeVersions: false,
      createdAt: PINNED,
    });
    const target = await emptyCore(tempDir());
    await importBundle(target.context, bytes, 'skip');
    await target.context.store.update(
      journey.id,
      (await target.context.store.get(journey.id)).revision,
      (j) => ({ ...j, description: 'changed here' }),
    );
    const summary = await importBundle(target.context, bytes, 'copy');
    expect(summary.copied).toHaveLength(1);
    expect(
      (await listScenarios(target.context.dataDir, summary.copied[0].id)).map((s) => s.name),
    ).toEqual(['Small pilot', 'Big launch']);

    const orphan = await core.context.store.create(
      callingAction(published('Calls nothing'), 'act-gone'),
    );
    const lone = await exportBundle(core.context, {
      ids: [orphan.id],
      includeVersions: false,
      createdAt: PINNED,
    });
    const third = await emptyCore(tempDir());
    expect(
      (await previewBundle(third.context, lone.bytes)).journeys[0].missingReferences,
    ).toContain('customActions "act-gone"');
    await core.close();
    await target.close();
    await third.close();
  });

  it('a failure at the last scenario undoes the Action, the other scenario and the journey', async () => {
    const { core, action, journey } = await source();
    const { bytes } = await exportBundle(core.context, {
      ids: [journey.id],
      includeVersions: false,
      createdAt: PINNED,
    });
    const target = await emptyCore(tempDir());
    // Steps: 0 journeys, 1 workspace, 2 Actions, 3 and 4 the scenarios.
    const fail = {
      beforeWrite: (step: number) => {
        if (step === 4) throw new Error('disk full');
      },
    };
    await expect(importBundle(target.context, bytes, 'skip', { hooks: fail })).rejects.toThrow(
      'disk full',
    );
    expect(target.context.store.list()).toHaveLength(0);
    await expect(call(target, 'actions.get', { id: action.id })).rejects.toThrow(/No Action/);
    expect(await listScenarios(target.context.dataDir, journey.id)).toEqual([]);
    await core.close();
    await target.close();
  });

  it('refuses a bundle whose Action carries a secret-looking key, and changes nothing', async () => {
    const { core, journey } = await source();
    const { bytes } = await exportBundle(core.context, {
      ids: [journey.id],
      includeVersions: false,
      createdAt: PINNED,
    });
    const files = unzipSync(bytes);
    const actions = JSON.parse(strFromU8(files['actions.json'])) as {
      config: Record<string, unknown>;
    }[];
    actions[0].config.apiKey = 'smuggled';
    const { encodeBundle, decodeBundle } = await import('../../../electron/core/bundles/codec');
    const decoded = decodeBundle(bytes);
    const tampered = encodeBundle(
      { ...decoded.content, actions: actions as typeof decoded.content.actions },
      { appVersion: '1', createdAt: PINNED, source: { workspace: 'W' } },
    );
    const target = await emptyCore(tempDir());
    await expect(previewBundle(target.context, tampered)).rejects.toThrow(
      /actions\.json does not match the format at 0\.config\.apiKey: a bundle never carries secrets/,
    );
    expect(target.context.store.list()).toHaveLength(0);
    await core.close();
    await target.close();
  });
});
