import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('temp files a crash leaves behind', () => {
  it('are removed from every folder the app writes when the data directory is next opened, and nothing else is', () => {
    const dataDir = tempDir();
    expect(runCli(['call', 'journeys.list', '--empty', '--data-dir', dataDir]).status).toBe(0);
    // What a kill in the middle of each kind of write leaves (the import journal is the one the attack found).
    const leftovers = [
      'bundles/.import-journal.json.4999999.9f3a1c2e.tmp',
      'remote/.tokens.json.4999999.0a1b2c3d.tmp',
      'remote/.pushes.json.4999999.0a1b2c3e.tmp',
      'scenarios/.j-1.json.4999999.11223344.tmp',
      'presentations/.j-1.json.4999999.55667788.tmp',
      'quarantine/.2026-01-01-j-2.json.reason.json.4999999.99aabbcc.tmp',
      'journeys/.j-3.json.4999999.ddeeff00.tmp',
      '.secrets.enc.json.4999999.12345678.tmp',
      '.secrets.key.4999999.87654321.tmp',
      '.index.json.4999999.tmp',
    ];
    // (pid 4999999 is above Linux's largest pid, so no live process owns these.)
    // Files that are not ours to remove: a user's notes, a dot-file that is not a temp file, and the
    // temp file of a live process (this test's), as another CLI writes while it tries to take the lock.
    const kept = [
      'bundles/notes.txt',
      'remote/.keep',
      'scenarios/readme.tmp',
      `.journey-studio.lock.${process.pid}.tmp`,
    ];
    for (const path of [...leftovers, ...kept]) {
      mkdirSync(join(dataDir, path, '..'), { recursive: true });
      writeFileSync(join(dataDir, path), 'half-written');
    }
    const opened = runCli(['call', 'journeys.list', '--data-dir', dataDir]);
    expect(opened.stderr).toBe('');
    for (const path of leftovers) expect(existsSync(join(dataDir, path)), path).toBe(false);
    for (const path of kept) expect(existsSync(join(dataDir, path)), path).toBe(true);
  }, 120_000);
});
