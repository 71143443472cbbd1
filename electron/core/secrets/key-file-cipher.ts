import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../store/atomic-file';
import type { SecretCipher } from './secret-store';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM with a given key: iv + tag + ciphertext. */
export function aesGcmCipher(key: Buffer): SecretCipher {
  return {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(data) {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAuthTag(data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * Host mode has no OS keychain: a random key in `secrets.key` (owner-only permissions) beside the
 * encrypted file. It keeps secrets out of everything that is copied or exported with the data.
 */
export async function keyFileCipher(keyPath: string): Promise<SecretCipher> {
  let key: Buffer;
  try {
    key = Buffer.from((await readFile(keyPath, 'utf8')).trim(), 'base64');
    if (key.length !== KEY_BYTES) throw new Error(`${keyPath} is not a ${KEY_BYTES}-byte key`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    key = randomBytes(KEY_BYTES);
    await writeFileAtomic(keyPath, `${key.toString('base64')}\n`);
    await chmod(keyPath, 0o600).catch(() => undefined);
  }
  return aesGcmCipher(key);
}
