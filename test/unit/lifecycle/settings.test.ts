import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, tempDir, testCore } from './fixtures';

describe('remembered UI settings', () => {
  it('keeps Customize table columns across restarts', async () => {
    const dir = tempDir();
    const first = await testCore(undefined, dir);
    expect(await call(first, 'settings.get', {})).toEqual({
      schemaVersion: 1,
      libraryColumns: null,
    });
    await call(first, 'settings.set', { libraryColumns: ['status', 'publishedBy'] });
    await first.close();
    const second = await testCore(undefined, dir);
    expect((await call(second, 'settings.get', {})).libraryColumns).toEqual([
      'status',
      'publishedBy',
    ]);
    await expect(
      call(second, 'settings.set', { libraryColumns: ['nope'] } as never),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await second.close();
  });

  it('falls back to defaults when the file is damaged', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    const core = await testCore(undefined, dir);
    expect((await call(core, 'settings.get', {})).libraryColumns).toBeNull();
    await core.close();
  });
});
