import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/core/bundles/export';
import { sha256Hex } from '../../../electron/core/bundles/hash';
import { importBundle } from '../../../electron/core/bundles/service';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { useTempDirs } from '../../helpers/temp-dir';
import { coreWith, emptyCore, PINNED } from './fixtures';

const tempDir = useTempDirs();

/** Rebuilds a bundle after `edit` changes its files; `rehash` keeps the manifest's hashes right. */
function rebuild(
  bytes: Uint8Array,
  edit: (files: Record<string, Uint8Array>) => void,
  rehash = false,
): Uint8Array {
  const files = unzipSync(bytes);
  edit(files);
  if (rehash) {
    const manifest = JSON.parse(strFromU8(files['manifest.json']));
    manifest.files = Object.keys(files)
      .filter((p) => p !== 'manifest.json')
      .sort()
      .map((path) => ({ path, sha256: sha256Hex(files[path]), bytes: files[path].length }));
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
  }
  return zipSync(files);
}

const editJson = (
  files: Record<string, Uint8Array>,
  path: string,
  edit: (value: Record<string, unknown>) => void,
) => {
  const value = JSON.parse(strFromU8(files[path]));
  edit(value);
  files[path] = strToU8(JSON.stringify(value));
};

describe('bad bundles', async () => {
  const setup = async () => {
    const { core: source, journeys } = await coreWith(tempDir(), 2);
    const { bytes } = await exportBundle(source.context, {
      ids: journeys.map((j) => j.id),
      includeVersions: false,
      createdAt: PINNED,
    });
    await source.close();
    const dir = tempDir();
    const target = await emptyCore(dir);
    await target.context.store.flush();
    return { bytes, target, dir, journeyPath: `journeys/${journeys[0].id}.json` };
  };

  const cases: [string, (b: Uint8Array, journeyPath: string) => Uint8Array, RegExp][] = [
    [
      'a truncated bundle',
      (b) => b.subarray(0, Math.floor(b.length / 2)),
      /Bundle refused: .*(missing|damaged|not a)/,
    ],
    ['random bytes', () => new Uint8Array(300).fill(7), /Bundle refused: not a zip file/],
    [
      'a tampered journey (hash mismatch)',
      (b, p) =>
        rebuild(b, (f) => (f[p] = strToU8(strFromU8(f[p]).replace('"Journey', '"Journxy')))),
      /does not match its sha256 .*tampered/,
    ],
    [
      'a missing file',
      (b, p) => rebuild(b, (f) => delete f[p]),
      /listed in the manifest but missing/,
    ],
    [
      'an unlisted extra file',
      (b) => rebuild(b, (f) => (f['extra.txt'] = strToU8('hi'))),
      /"extra.txt" is not listed/,
    ],
    [
      'an unknown format version',
      (b) => rebuild(b, (f) => editJson(f, 'manifest.json', (m) => (m.formatVersion = 2))),
      /format version 2 is not supported/,
    ],
    [
      'an unknown format',
      (b) => rebuild(b, (f) => editJson(f, 'manifest.json', (m) => (m.format = 'other'))),
      /unknown format "other"/,
    ],
    [
      'a schema-invalid journey',
      (b, p) => rebuild(b, (f) => editJson(f, p, (j) => (j.status = 'Flying')), true),
      /journeys\/.*\.json does not match the format at status/,
    ],
    [
      'a path-escaping journey id',
      (b, p) => rebuild(b, (f) => editJson(f, p, (j) => (j.id = '../../evil')), true),
      /does not match the format at id/,
    ],
    [
      'a zip bomb',
      (b) =>
        rebuild(b, (f) => (f['workspace.json'] = new Uint8Array(40 * 1024 * 1024).fill(32)), true),
      /over the 16777216-byte limit/,
    ],
  ];
  for (const [what, mutate, message] of cases) {
    it(`refuses ${what} with a clear error and changes nothing`, async () => {
      const { bytes, target, dir, journeyPath } = await setup();
      const before = snapshotDir(dir);
      await expect(
        importBundle(target.context, mutate(bytes, journeyPath), 'overwrite'),
      ).rejects.toThrow(message);
      await target.close();
      expect(snapshotDir(dir)).toEqual(before);
    });
  }
});
