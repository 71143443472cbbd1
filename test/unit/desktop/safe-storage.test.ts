import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { safeStorageCipher } from '../../../electron/safe-storage-cipher';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const reversing = {
  isEncryptionAvailable: () => true,
  encryptString: (plain: string) => Buffer.from(`v10:${[...plain].reverse().join('')}`),
  decryptString: (data: Buffer) => [...data.toString().slice(4)].reverse().join(''),
};

describe('secrets through Electron safeStorage', () => {
  it('uses safeStorage when the OS offers it, and no key file is made', async () => {
    const dir = tempDir();
    const core = await openCore({
      dataDir: dir,
      mode: 'desktop',
      empty: true,
      lock: false,
      secretCipher: safeStorageCipher(reversing),
    });
    const secrets = await core.context.secrets();
    await secrets.set('action:1', 'tok-SECRET-123');
    expect(await secrets.get('action:1')).toBe('tok-SECRET-123');
    const file = readFileSync(join(dir, 'secrets.enc.json'), 'utf8');
    expect(file).not.toContain('tok-SECRET-123');
    expect(existsSync(join(dir, 'secrets.key'))).toBe(false);
    await core.close();
  });

  it('falls back to the key file when safeStorage has no encryption', () => {
    expect(safeStorageCipher({ ...reversing, isEncryptionAvailable: () => false })).toBeUndefined();
  });
});
