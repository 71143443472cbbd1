import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { link, open, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { syncDirectory } from '../store/atomic-file';
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
      return Buffer.concat([
        decipher.update(data.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

/**
 * Host mode has no OS keychain: a random key in `secrets.key` (owner-only permissions) beside the
 * encrypted file. It keeps secrets out of everything that is copied or exported with the data.
 */
export async function keyFileCipher(keyPath: string): Promise<SecretCipher> {
  let key = await readKey(keyPath);
  if (!key) {
    await createKeyOnce(keyPath, randomBytes(KEY_BYTES));
    key = await readKey(keyPath); // ours, or the one another opener created first
  }
  if (!key) throw new Error(`${keyPath} could not be created`);
  return aesGcmCipher(key);
}

async function readKey(keyPath: string): Promise<Buffer | null> {
  try {
    const key = Buffer.from((await readFile(keyPath, 'utf8')).trim(), 'base64');
    if (key.length !== KEY_BYTES) throw new Error(`${keyPath} is not a ${KEY_BYTES}-byte key`);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes a new key only if none exists: a synced, owner-only temp file hard-linked into place
 * (the link fails when the name exists). Two first openers can never each keep a different key,
 * which would leave one's secrets encrypted with a key that is gone.
 */
async function createKeyOnce(keyPath: string, key: Buffer): Promise<void> {
  // Dot-named .tmp like the store's temp files, so one left by a kill is cleaned up on open.
  const temp = join(
    dirname(keyPath),
    `.${basename(keyPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(`${key.toString('base64')}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, keyPath);
    await syncDirectory(dirname(keyPath));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
