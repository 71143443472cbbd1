import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/core/bundles/export';
import { journalPath, recoverInterruptedImport } from '../../../electron/core/bundles/journal';
import { importBundle } from '../../../electron/core/bundles/service';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { useTempDirs } from '../../helpers/temp-dir';
import { coreWith, emptyCore, PINNED } from './fixtures';

const tempDir = useTempDirs();

/** The store's documents: journey files and the workspace (the index is a rebuildable cache). */
function documents(dir: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(snapshotDir(dir)).filter(
      ([path]) => path.startsWith('journeys') || path === 'workspace.json',
    ),
  );
}

/** A target holding journey 1 (changed locally) and a bundle of journeys 1–4 plus a new list. */
async function setup() {
  const { core: source, journeys } = await coreWith(tempDir(), 4);
  const { bytes } = await exportBundle(source.context, {
    ids: journeys.map((j) => j.id),
    includeVersions: false,
    createdAt: PINNED,
  });
  await source.close();
  const dir = tempDir();
  const target = await emptyCore(dir);
  await target.context.store.create({ ...journeys[0], description: 'Local change' });
  await target.context.store.flush();
  return { bytes, dir, target, journeys };
}

describe('all-or-nothing import', () => {
  // Write steps, in order: the 3 creates (one parallel chunk), 1 overwrite, the workspace. Fail before each one.
  for (const failAt of [0, 1, 2]) {
    it(`a write failing at step ${failAt} rolls every earlier write back, byte for byte`, async () => {
      const { bytes, dir, target, journeys } = await setup();
      const before = documents(dir);
      const listBefore = target.context.store.list();
      const hooks = {
        beforeWrite: (step: number) => {
          if (step === failAt) throw new Error('disk full (simulated)');
        },
      };
      await expect(importBundle(target.context, bytes, 'overwrite', { hooks })).rejects.toThrow(
        'disk full',
      );
      await target.context.store.flush();
      expect(documents(dir)).toEqual(before);
      expect(existsSync(journalPath(dir))).toBe(false);
      expect(target.context.store.list()).toEqual(listBefore);
      expect((await target.context.store.get(journeys[0].id)).description).toBe('Local change');
      await target.close();
    });
  }

  for (const crashAt of [1, 2]) {
    it(`a process killed before write ${crashAt} is put back by the journal on next start`, async () => {
      const { bytes, dir, target } = await setup();
      const before = documents(dir);
      const crashed = tempDir();
      const hooks = {
        beforeWrite: async (step: number) => {
          if (step !== crashAt) return;
          await target.context.store.flush();
          cpSync(dir, crashed, { recursive: true }); // the disk as a kill at this moment leaves it
          throw new Error('killed');
        },
      };
      await expect(importBundle(target.context, bytes, 'overwrite', { hooks })).rejects.toThrow(
        'killed',
      );
      await target.close();
      expect(existsSync(journalPath(crashed))).toBe(true);
      expect(documents(crashed)).not.toEqual(before);
      expect(await recoverInterruptedImport(crashed)).toBeGreaterThan(0);
      expect(documents(crashed)).toEqual(before);
      expect(existsSync(join(crashed, 'bundles', 'import-journal.json'))).toBe(false);
      const reopened = await emptyCore(crashed);
      expect(reopened.context.store.list().map((j) => j.description)).toEqual(['Local change']);
      await reopened.close();
    });
  }
});
