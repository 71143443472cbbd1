import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { useTempDirs } from '../../helpers/temp-dir';
import { coreWith } from './fixtures';

const tempDir = useTempDirs();

describe('journey-studio export / import', () => {
  it('exports a bundle, previews it, imports it into another data directory', async () => {
    const src = tempDir();
    const { core, journeys } = await coreWith(src, 2);
    await core.close();
    const out = join(tempDir(), 'two.journeys.zip');
    const exported = runCli(['export', ...journeys.map((j) => j.id), '-o', out, '--data-dir', src]);
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toMatch(/Exported 2 journey\(s\)/);
    const dst = tempDir();
    const dry = runCli(['import', out, '--dry-run', '--data-dir', dst, '--empty']);
    expect(dry.stdout).toMatch(/2 new, 0 identical, 0 conflicting/);
    const imported = runCli(['import', out, '--policy', 'overwrite', '--json', '--data-dir', dst]);
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ policy: 'overwrite', referencesAdded: 1 });
    expect(JSON.parse(imported.stdout).created).toHaveLength(2);
    const listed = JSON.parse(runCli(['call', 'journeys.list', '--data-dir', dst]).stdout) as {
      name: string;
      status: string;
      origin: string;
    }[];
    expect(listed.map((j) => [j.status, j.origin]).sort()).toEqual([
      ['Live', 'Workspace'],
      ['Live', 'Workspace'],
    ]);
  });

  it('exports one journey as plain JSON', async () => {
    const src = tempDir();
    const { core, journeys } = await coreWith(src, 1);
    await core.close();
    const out = join(tempDir(), 'one.json');
    expect(runCli(['export', journeys[0].id, '-o', out, '--data-dir', src]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      id: journeys[0].id,
      name: 'Journey 1',
    });
  });

  it('refuses a damaged bundle file with a clear message and changes nothing', async () => {
    const dst = tempDir();
    runCli(['call', 'journeys.list', '--data-dir', dst, '--empty']);
    const bad = join(tempDir(), 'bad.journeys.zip');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, 'PK not really a zip');
    const before = snapshotDir(dst);
    const result = runCli(['import', bad, '--data-dir', dst]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Bundle refused: .*Nothing was imported/);
    expect(runCli(['import', bad, '--policy', 'merge', '--data-dir', dst]).stderr).toMatch(
      /--policy must be skip, overwrite or copy/,
    );
    expect(snapshotDir(dst)).toEqual(before);
  });
});
