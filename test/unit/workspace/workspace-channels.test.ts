import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { useTempDirs } from '../../helpers/temp-dir';
import { call } from '../helpers/call';

const tempDir = useTempDirs();
const cores: Core[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
});

async function open(): Promise<{ core: Core; dir: string }> {
  const dir = tempDir();
  const core = await openCore({ dataDir: dir, mode: 'cli', user: 'tester' });
  cores.push(core);
  return { core, dir };
}

const workspaceFile = (dir: string) => readFileSync(join(dir, 'workspace.json'), 'utf8');

describe('audiences.create', () => {
  it('creates an audience with Name and optional Description, persisted in the workspace', async () => {
    const { core } = await open();
    const created = await call(core, 'audiences.create', {
      name: '  Paid social – champions ',
    });
    expect(created).toMatchObject({ name: 'Paid social – champions', description: '' });
    const ws = await call(core, 'workspace.get', {});
    expect(ws.externalAudiences.map((a) => a.id)).toContain(created.id);
  });

  it('refuses an empty Name and a Name that exists, naming the field, and changes nothing', async () => {
    const { core, dir } = await open();
    const before = workspaceFile(dir);
    await expect(core.dispatch('audiences.create', { name: '   ' })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'name',
    });
    await expect(
      core.dispatch('audiences.create', { name: 'display – EVALUATION stage' }),
    ).rejects.toMatchObject({ code: 'conflict', field: 'name' });
    expect(workspaceFile(dir)).toBe(before);
  });
});

describe('workspace.update', () => {
  it('replaces the reference data and returns it', async () => {
    const { core } = await open();
    const ws = await call(core, 'workspace.get', {});
    const next = { ...ws, tags: [...ws.tags, 'partner'] };
    const saved = await call(core, 'workspace.update', { workspace: next });
    expect(saved.tags).toContain('partner');
    expect((await call(core, 'workspace.get', {})).tags).toContain('partner');
  });

  it('refuses duplicate keys and bad values with the field named, leaving the file unchanged', async () => {
    const { core, dir } = await open();
    const ws = await call(core, 'workspace.get', {});
    const before = workspaceFile(dir);
    const dupTags = { ...ws, tags: ['a', 'a'] };
    await expect(core.dispatch('workspace.update', { workspace: dupTags })).rejects.toMatchObject({
      field: 'workspace.tags.1',
    });
    const badKey = {
      ...ws,
      personAttributes: [...ws.personAttributes, { key: 'has space', label: 'X', type: 'string' }],
    };
    await expect(core.dispatch('workspace.update', { workspace: badKey })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const dupList = {
      ...ws,
      marketoWorkspaces: [
        {
          ...ws.marketoWorkspaces[0],
          lists: [
            { id: 'l', name: 'A' },
            { id: 'l', name: 'B' },
          ],
        },
      ],
    };
    await expect(core.dispatch('workspace.update', { workspace: dupList })).rejects.toMatchObject({
      field: 'workspace.marketoWorkspaces.0.lists.1',
    });
    expect(workspaceFile(dir)).toBe(before);
  });
});
