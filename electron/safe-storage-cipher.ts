import type { SafeStorage } from 'electron';
import type { SecretCipher } from './core/secrets/secret-store';

/**
 * Secrets encrypted by the OS keychain through Electron's safeStorage; undefined when the OS
 * offers none (e.g. Linux without a secret service), and core falls back to its key file.
 */
export function safeStorageCipher(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
): SecretCipher | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (data) => safeStorage.decryptString(data),
  };
}
