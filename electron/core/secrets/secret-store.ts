/**
 * Where secret values (Action tokens, remote tokens) live: outside journey files, actions.json and
 * bundles, referenced by id. Desktop encrypts with Electron safeStorage, host mode with a key file.
 */
export interface SecretStore {
  get(id: string): Promise<string | undefined>;
  set(id: string, value: string): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Turns a secret into bytes at rest and back (safeStorage in the desktop, AES-GCM in host mode). */
export interface SecretCipher {
  encrypt(plain: string): Buffer;
  decrypt(data: Buffer): string;
}
