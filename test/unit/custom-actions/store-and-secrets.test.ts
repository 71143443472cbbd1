import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionsStore } from '../../../electron/core/actions/actions-store';
import { openCore } from '../../../electron/core/core';
import { openFileSecretStore } from '../../../electron/core/secrets/encrypted-file-store';
import type { QuarantinedFile } from '../../../shared/contract/app';
import { useTempDirs } from '../../helpers/temp-dir';
import { call } from '../helpers/call';

const tempDir = useTempDirs();

describe('actions.json', () => {
  it('quarantines a damaged file, reports it and starts empty', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'actions.json'), '{"schemaVersion":1,"actions":[{"id":1}]}');
    const reported: QuarantinedFile[] = [];
    const store = await ActionsStore.open(dir, { onQuarantine: (e) => reported.push(e) });
    expect(store.list()).toEqual([]);
    expect(reported).toMatchObject([{ file: 'actions.json' }]);
    expect(readdirSync(join(dir, 'quarantine')).some((n) => n.endsWith('actions.json'))).toBe(true);
  });

  it('seeds only a new file: a user who deleted every Action does not get the demo back', async () => {
    const dir = tempDir();
    const at = new Date(0).toISOString();
    const demo = {
      id: 'a',
      name: 'Demo',
      module: 'mock' as const,
      config: { response: '{}' },
      secrets: {},
      createdAt: at,
      updatedAt: at,
    };
    const first = await ActionsStore.open(dir, { seed: () => [demo] });
    expect(first.list()).toHaveLength(1);
    await first.remove('a');
    const again = await ActionsStore.open(dir, { seed: () => [demo] });
    expect(again.list()).toEqual([]);
  });
});

describe('encrypted-file secrets (host mode)', () => {
  it('stores values encrypted, reads them back, deletes them, and keeps the key owner-only', async () => {
    const dir = tempDir();
    const secrets = await openFileSecretStore(dir);
    await Promise.all([
      secrets.set('a', 'first-secret-value'),
      secrets.set('b', 'second-secret-value'),
    ]);
    expect(await secrets.get('a')).toBe('first-secret-value');
    expect(await secrets.get('b')).toBe('second-secret-value');
    const file = readFileSync(join(dir, 'secrets.enc.json'), 'utf8');
    expect(file).not.toContain('first-secret-value');
    await secrets.delete('a');
    expect(await secrets.get('a')).toBeUndefined();
    expect(await (await openFileSecretStore(dir)).get('b')).toBe('second-secret-value');
    if (process.platform !== 'win32')
      expect(statSync(join(dir, 'secrets.key')).mode & 0o077).toBe(0);
  });

  it('deleting an Action deletes its secret', async () => {
    const dir = tempDir();
    const core = await openCore({ dataDir: dir, mode: 'cli', empty: true, user: 't' });
    const made = await call(core, 'actions.create', {
      name: 'Hook',
      module: 'http',
      config: { baseUrl: 'http://127.0.0.1:1', token: 'token-to-forget-1234' },
    });
    const secrets = await openFileSecretStore(dir);
    expect(await secrets.get(`action:${made.id}:token`)).toBe('token-to-forget-1234');
    await core.dispatch('actions.delete', { id: made.id });
    expect(await secrets.get(`action:${made.id}:token`)).toBeUndefined();
    await core.close();
    expect(existsSync(join(dir, 'actions.json'))).toBe(true);
  });
});

describe('liquid.preview', () => {
  it('renders a Gate condition in the core for a sample profile and Action results', async () => {
    const core = await openCore({ dataDir: tempDir(), mode: 'cli', empty: true, user: 't' });
    const sampleProfile = { person: { score: 70 }, account: {} };
    await expect(
      core.dispatch('liquid.preview', {
        template: 'journey.crm.body.tier == "gold" and person.score > 50',
        mode: 'condition',
        sampleProfile,
        journey: { crm: { body: { tier: 'gold' } } },
      }),
    ).resolves.toEqual({ ok: true, output: 'true', truthy: true });
    await expect(
      core.dispatch('liquid.preview', {
        template: 'journey.crm.body.tier == "gold"',
        mode: 'condition',
        sampleProfile,
      }),
    ).resolves.toMatchObject({
      ok: false,
      message: expect.stringContaining('undefined variable: journey.crm'),
    });
    await core.close();
  });
});
