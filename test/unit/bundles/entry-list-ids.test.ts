import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/core/bundles/export';
import { importBundle, previewBundle } from '../../../electron/core/bundles/service';
import type { Core } from '../../../electron/core/core';
import type { AccountList, Journey } from '../../../shared/model';
import { useTempDirs } from '../../helpers/temp-dir';
import { emptyCore, PINNED, published } from './fixtures';

const tempDir = useTempDirs();
const live = (id: string, name: string): AccountList => ({
  id,
  name,
  kind: 'static',
  status: 'live',
});

/** The fixture journey (its step adds to `list-1`) entering from `settings`. */
function entering(settings: { source: string; listId?: string }): Journey {
  const base = published('Partner welcome');
  return {
    ...base,
    nodes: base.nodes.map((n) =>
      n.type === 'entry' ? { ...n, settings: { trigger: 'audience' as const, ...settings } } : n,
    ),
  };
}

async function coreWithLists(lists: AccountList[]): Promise<Core> {
  const core = await emptyCore(tempDir());
  await core.context.workspace.replace({ ...core.context.workspace.get(), accountLists: lists });
  return core;
}

async function bundleOf(core: Core, journey: Journey) {
  const saved = await core.context.store.create(journey);
  return exportBundle(core.context, { ids: [saved.id], includeVersions: false, createdAt: PINNED });
}

const entryOf = (j: Journey) => j.nodes.find((n) => n.type === 'entry')?.settings;
const stepOf = (j: Journey) => j.nodes.find((n) => n.type === 'action')?.settings.params;

describe('Entry lists by id in bundles', () => {
  it('export says when the Entry list is not in this workspace, and still exports', async () => {
    const source = await coreWithLists([live('list-1', 'Key accounts')]);
    const out = await bundleOf(source, entering({ source: 'Churn risk', listId: 'list-9' }));
    expect(out.count).toBe(1);
    expect(out.warnings).toEqual([
      '"Partner welcome": Audience "Churn risk" is not in this workspace; the bundle carries its name only.',
    ]);
    const fine = await coreWithLists([live('list-1', 'Key accounts')]);
    const ok = await bundleOf(fine, entering({ source: 'Key accounts', listId: 'list-1' }));
    expect(ok.warnings).toEqual([]);
    await source.close();
    await fine.close();
  });

  it('import matches a list of unknown id by name: no same-name twin, journeys point at the local list', async () => {
    const source = await coreWithLists([live('list-1', 'Key accounts')]);
    const { bytes } = await bundleOf(
      source,
      entering({ source: 'Key accounts', listId: 'list-1' }),
    );
    // The importing workspace has the same list under another id.
    const target = await coreWithLists([live('list-42', 'Key accounts')]);
    const preview = await previewBundle(target.context, bytes);
    expect(preview.counts.missingReferences).toBe(0);
    await importBundle(target.context, bytes, 'skip');
    expect(target.context.workspace.get().accountLists.map((l) => `${l.id}:${l.name}`)).toEqual([
      'list-42:Key accounts',
    ]);
    const [summary] = target.context.store.list();
    const imported = await target.context.store.get(summary.id);
    expect(entryOf(imported)).toEqual({
      trigger: 'audience',
      source: 'Key accounts',
      listId: 'list-42',
    });
    expect(stepOf(imported)).toEqual({ listId: 'list-42' });
    await source.close();
    await target.close();
  });

  it('an id both sides use for differently named lists goes to the local list of its name', async () => {
    const source = await coreWithLists([live('list-1', 'Key accounts')]);
    const { bytes } = await bundleOf(
      source,
      entering({ source: 'Key accounts', listId: 'list-1' }),
    );
    const target = await coreWithLists([
      live('list-1', 'Renewals'),
      live('list-2', 'Key accounts'),
    ]);
    await importBundle(target.context, bytes, 'overwrite');
    expect(target.context.workspace.get().accountLists.map((l) => `${l.id}:${l.name}`)).toEqual([
      'list-1:Renewals',
      'list-2:Key accounts',
    ]);
    const imported = await target.context.store.get(target.context.store.list()[0].id);
    expect(entryOf(imported)?.listId).toBe('list-2');
    expect(stepOf(imported)).toEqual({ listId: 'list-2' });
    await source.close();
    await target.close();
  });

  it('an older bundle whose Entry names its list still imports, linked to the local list by id', async () => {
    const source = await coreWithLists([live('list-1', 'Key accounts')]);
    const { bytes } = await bundleOf(source, entering({ source: 'Key accounts' }));
    const target = await coreWithLists([live('list-5', 'Key accounts')]);
    await importBundle(target.context, bytes, 'skip');
    const imported = await target.context.store.get(target.context.store.list()[0].id);
    expect(entryOf(imported)).toEqual({
      trigger: 'audience',
      source: 'Key accounts',
      listId: 'list-5',
    });
    expect(target.context.workspace.get().accountLists).toHaveLength(1);
    await source.close();
    await target.close();
  });
});
