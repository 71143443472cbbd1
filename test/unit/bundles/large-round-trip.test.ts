import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { coreWith } from './fixtures';

const tempDir = useTempDirs();
/** The export limit (`bundles.export` takes at most 5,000 ids). */
const COUNT = 5_000;

/**
 * A data directory with COUNT published journeys. One is made through the store; the others are
 * written as copies of its file with their own id, lineage and name, which the store picks up on
 * the next open (fsync'ing 5,000 saves would make this test slow, not more real).
 */
async function bigDataDir(): Promise<{ dir: string; ids: string[] }> {
  const dir = tempDir();
  const { core, journeys } = await coreWith(dir, 1);
  await core.close();
  const first = journeys[0];
  const file = JSON.parse(
    readFileSync(join(dir, 'journeys', `${first.id}.json`), 'utf8'),
  ) as Record<string, unknown>;
  const ids = [first.id];
  for (let i = 2; i <= COUNT; i += 1) {
    const id = `big-${String(i).padStart(5, '0')}`;
    ids.push(id);
    writeFileSync(
      join(dir, 'journeys', `${id}.json`),
      JSON.stringify({ ...file, id, lineageId: id, name: `Journey ${i}` }),
    );
  }
  return { dir, ids };
}

describe('a bundle of 5,000 published journeys', () => {
  it('exports, previews and imports whole through the CLI', async () => {
    const { dir, ids } = await bigDataDir();
    const bundle = join(tempDir(), 'all.journeys.zip');
    const exported = runCli(
      ['export', ...ids, '-o', bundle, '--json', '--data-dir', dir],
      {},
      { timeout: 300_000 },
    );
    expect(exported.stderr).toBe('');
    expect(JSON.parse(exported.stdout)).toMatchObject({ journeys: COUNT });

    const target = tempDir();
    const dry = runCli(
      ['import', bundle, '--dry-run', '--empty', '--data-dir', target],
      {},
      { timeout: 300_000 },
    );
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toContain(`${COUNT} new, 0 identical, 0 conflicting`);

    const imported = runCli(
      ['import', bundle, '--json', '--empty', '--data-dir', target],
      {},
      { timeout: 600_000 },
    );
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout).created).toHaveLength(COUNT);
    const listed = JSON.parse(
      runCli(['call', 'journeys.list', '--data-dir', target], {}, { timeout: 300_000 }).stdout,
    ) as { id: string; status: string }[];
    expect(listed.map((j) => j.id).sort()).toEqual([...ids].sort());
    expect(listed.every((j) => j.status === 'Live')).toBe(true);
  }, 900_000);
});
