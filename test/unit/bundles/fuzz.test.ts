import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../electron/core/bundles/export';
import { importBundle } from '../../../electron/core/bundles/service';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { useTempDirs } from '../../helpers/temp-dir';
import { coreWith, emptyCore, PINNED } from './fixtures';

const tempDir = useTempDirs();
/** CI-sized by default; `BUNDLE_FUZZ_RUNS=5000` for a longer hunt. */
const RUNS = Number(process.env.BUNDLE_FUZZ_RUNS ?? 300);

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'remove'; entry: number }
  | { kind: 'manifest'; key: string; value: unknown }
  | { kind: 'rewrite'; entry: number; at: number; char: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), entry: fc.nat() }),
  fc.record({
    kind: fc.constant('manifest' as const),
    key: fc.constantFrom(
      'format',
      'formatVersion',
      'appVersion',
      'createdAt',
      'files',
      'source',
      'extra',
    ),
    value: fc.oneof(
      fc.jsonValue(),
      fc.constant(2),
      fc.constant([]),
      fc.constant({ workspace: '' }),
    ),
  }),
  fc.record({
    kind: fc.constant('rewrite' as const),
    entry: fc.nat(),
    at: fc.nat(),
    char: fc.string({ minLength: 1, maxLength: 1 }),
  }),
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  if (m.kind === 'flip') {
    const out = bytes.slice();
    out[m.at % out.length] ^= 1 << m.bit;
    return out;
  }
  if (m.kind === 'truncate') return bytes.subarray(0, m.at % bytes.length);
  const files = unzipSync(bytes);
  const names = Object.keys(files).sort();
  const name = names[(m.kind === 'manifest' ? 0 : m.entry) % names.length];
  if (m.kind === 'remove') delete files[name];
  else if (m.kind === 'manifest') {
    const manifest = JSON.parse(strFromU8(files['manifest.json']));
    manifest[m.key] = m.value;
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
  } else {
    const text = strFromU8(files[name]);
    const at = m.at % Math.max(1, text.length);
    files[name] = strToU8(text.slice(0, at) + m.char + text.slice(at + 1));
  }
  return zipSync(files);
}

describe('mutated bundles (property)', () => {
  it(`never change the store: ${RUNS} mutated bundles are refused, or prove identical to what is there`, async () => {
    const { core: source, journeys } = await coreWith(tempDir(), 3);
    const { bytes } = await exportBundle(source.context, {
      ids: journeys.map((j) => j.id),
      includeVersions: false,
      createdAt: PINNED,
    });
    await source.close();
    const dir = tempDir();
    const target = await emptyCore(dir);
    await importBundle(target.context, bytes, 'skip');
    await target.context.store.flush();
    const before = snapshotDir(dir);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        mutation,
        fc.constantFrom('skip' as const, 'overwrite' as const, 'copy' as const),
        async (m, policy) => {
          try {
            const summary = await importBundle(target.context, mutate(bytes, m), policy);
            // Only a mutation the format does not cover (zip metadata, manifest stamp) may pass, and then
            // the sha256 checks guarantee the same journeys: nothing to write.
            expect(
              summary.created.length + summary.overwritten.length + summary.copied.length,
            ).toBe(0);
          } catch (error) {
            refused += 1;
            expect((error as Error).message).toMatch(
              /^Bundle refused: .+\. Nothing was imported\.$/,
            );
          }
          await target.context.store.flush();
          expect(snapshotDir(dir)).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(RUNS / 2);
    await target.close();
  }, 120_000);
});
