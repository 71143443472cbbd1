import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { comparableJourney, Manifest } from '../../../shared/bundle';
import { exportBundle } from '../../../electron/core/bundles/export';
import { importBundle, previewBundle } from '../../../electron/core/bundles/service';
import { useTempDirs } from '../../helpers/temp-dir';
import { coreWith, emptyCore, PINNED, published } from './fixtures';

const tempDir = useTempDirs();

describe('bundle export', () => {
  it('writes the same bytes for the same content, whatever the order of ids', async () => {
    const { core, journeys } = await coreWith(tempDir(), 3);
    const ids = journeys.map((j) => j.id);
    const a = await exportBundle(core.context, { ids, includeVersions: false, createdAt: PINNED });
    const b = await exportBundle(core.context, {
      ids: [...ids].reverse(),
      includeVersions: false,
      createdAt: PINNED,
    });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    await core.close();
  });

  it('lists every file with its sha256 and size, and carries the list the journeys use', async () => {
    const { core, journeys } = await coreWith(tempDir(), 2);
    const { bytes } = await exportBundle(core.context, {
      ids: journeys.map((j) => j.id),
      includeVersions: false,
      createdAt: PINNED,
    });
    const files = unzipSync(bytes);
    const manifest = Manifest.parse(JSON.parse(strFromU8(files['manifest.json'])));
    expect(manifest).toMatchObject({
      format: 'journey-studio.bundle',
      formatVersion: 1,
      createdAt: PINNED,
    });
    expect(manifest.files.map((f) => f.path)).toEqual([
      ...journeys.map((j) => `journeys/${j.id}.json`).sort(),
      'workspace.json',
    ]);
    expect(JSON.parse(strFromU8(files['workspace.json'])).accountLists).toEqual([
      { id: 'list-1', name: 'Key accounts', kind: 'static', status: 'live' },
    ]);
    await core.close();
  });

  it('refuses a Draft, and adds the published versions of a lineage when asked', async () => {
    const { core, journeys } = await coreWith(tempDir(), 1);
    const v1 = journeys[0];
    const v2 = await core.context.store.create(
      published(v1.name, { lineageId: v1.lineageId, version: 2, id: 'v2-of-lineage' }, 'Live'),
    );
    await core.context.store.create(
      published(v1.name, { lineageId: v1.lineageId, version: 3, id: 'v3-draft' }, 'Draft'),
    );
    await expect(
      exportBundle(core.context, { ids: ['v3-draft'], includeVersions: false }),
    ).rejects.toThrow(/Draft; only published journeys/);
    const { count } = await exportBundle(core.context, {
      ids: [v2.id],
      includeVersions: true,
      createdAt: PINNED,
    });
    expect(count).toBe(2);
    await core.close();
  });
});

describe('round trip', () => {
  it('export then import into an empty store gives identical journeys, marked as published elsewhere', async () => {
    const { core, journeys } = await coreWith(tempDir(), 5);
    const { bytes } = await exportBundle(core.context, {
      ids: journeys.map((j) => j.id),
      includeVersions: false,
      createdAt: PINNED,
    });
    const target = await emptyCore(tempDir());
    const preview = await previewBundle(target.context, bytes);
    expect(preview.counts).toEqual({ new: 5, identical: 0, conflicting: 0, missingReferences: 0 });
    expect(preview.references).toEqual([
      {
        collection: 'accountLists',
        key: 'list-1',
        label: 'Key accounts',
        state: 'new',
        localLabel: null,
      },
    ]);
    const summary = await importBundle(target.context, bytes, 'skip');
    expect(summary.created).toHaveLength(5);
    expect(summary.referencesAdded).toBe(1);
    for (const original of journeys) {
      const imported = await target.context.store.get(original.id);
      expect(comparableJourney(imported)).toBe(comparableJourney(original));
      expect(imported).toEqual({ ...original, origin: 'Workspace' });
    }
    expect(target.context.workspace.get().accountLists.map((l) => l.id)).toEqual(['list-1']);
    // The same bundle again is identical throughout and writes nothing.
    expect((await previewBundle(target.context, bytes)).counts.identical).toBe(5);
    expect((await importBundle(target.context, bytes, 'overwrite')).unchanged).toHaveLength(5);
    await core.close();
    await target.close();
  });
});
