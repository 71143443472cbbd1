import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/core/bundles/export';
import { importBundle, previewBundle } from '../../../electron/core/bundles/service';
import { useTempDirs } from '../../helpers/temp-dir';
import { addList, coreWith, emptyCore, PINNED, published } from './fixtures';

const tempDir = useTempDirs();

/** A source with one journey, and a target that has the same journey changed locally. */
async function conflictSetup() {
  const { core: source, journeys } = await coreWith(tempDir(), 1);
  const original = journeys[0];
  const { bytes } = await exportBundle(source.context, {
    ids: [original.id],
    includeVersions: false,
    createdAt: PINNED,
  });
  const target = await emptyCore(tempDir());
  await addList(target);
  const local = await target.context.store.create({
    ...original,
    description: 'Changed here',
    nodes: original.nodes.slice(0, 1),
    edges: [],
  });
  return { source, target, original, local, bytes };
}

describe('import conflict policies', () => {
  it('previews a conflict with a field-level diff', async () => {
    const { target, bytes, source } = await conflictSetup();
    const preview = await previewBundle(target.context, bytes);
    expect(preview.journeys[0]).toMatchObject({ state: 'conflicting', conflict: 'id' });
    expect(preview.journeys[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'description', before: 'Changed here', after: 'About Journey 1' },
        { field: 'node "Add to list"', before: '—', after: 'added' },
      ]),
    );
    await source.close();
    await target.close();
  });

  it('skip leaves the local journey untouched', async () => {
    const { target, bytes, local, source } = await conflictSetup();
    const summary = await importBundle(target.context, bytes, 'skip');
    expect(summary.skipped).toEqual([local.id]);
    expect(await target.context.store.get(local.id)).toEqual(local);
    await source.close();
    await target.close();
  });

  it('overwrite replaces the local journey with the bundled one (as a new local revision)', async () => {
    const { target, bytes, local, original, source } = await conflictSetup();
    const summary = await importBundle(target.context, bytes, 'overwrite');
    expect(summary.overwritten).toEqual([local.id]);
    const now = await target.context.store.get(local.id);
    expect(now).toEqual({ ...original, origin: 'Workspace', revision: local.revision + 1 });
    await source.close();
    await target.close();
  });

  it('copy keeps the local journey and adds the bundled one under a new id, lineage and name', async () => {
    const { target, bytes, local, original, source } = await conflictSetup();
    const summary = await importBundle(target.context, bytes, 'copy');
    expect(summary.copied).toHaveLength(1);
    const copy = await target.context.store.get(summary.copied[0].id);
    expect(copy).toMatchObject({
      name: 'Journey 1_copy',
      status: 'Live',
      origin: 'Workspace',
      nodes: original.nodes,
    });
    expect(copy.lineageId).not.toBe(original.lineageId);
    expect(await target.context.store.get(local.id)).toEqual(local);
    await source.close();
    await target.close();
  });

  it('a name taken by another local journey is a conflict; copy imports it under a free name', async () => {
    const { core: source, journeys } = await coreWith(tempDir(), 1);
    const { bytes } = await exportBundle(source.context, {
      ids: [journeys[0].id],
      includeVersions: false,
      createdAt: PINNED,
    });
    const target = await emptyCore(tempDir());
    await target.context.store.create(published('Journey 1'));
    expect((await previewBundle(target.context, bytes)).journeys[0]).toMatchObject({
      state: 'conflicting',
      conflict: 'name',
    });
    expect((await importBundle(target.context, bytes, 'skip')).skipped).toHaveLength(1);
    const summary = await importBundle(target.context, bytes, 'copy');
    expect(summary.copied[0].name).toBe('Journey 1_copy');
    await source.close();
    await target.close();
  });

  it('reports references neither the workspace nor the bundle holds', async () => {
    const source = await emptyCore(tempDir());
    const journey = await source.context.store.create(published('Lonely'));
    const { bytes } = await exportBundle(source.context, {
      ids: [journey.id],
      includeVersions: false,
      createdAt: PINNED,
    });
    const target = await emptyCore(tempDir());
    const preview = await previewBundle(target.context, bytes);
    expect(preview.journeys[0].missingReferences).toEqual(['accountLists "list-1"']);
    expect(preview.counts.missingReferences).toBe(1);
    await source.close();
    await target.close();
  });
});
