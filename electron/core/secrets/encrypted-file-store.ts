import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { mutexFor } from '../lifecycle/mutex';
import { writeFileAtomic } from '../store/atomic-file';
import { keyFileCipher } from './key-file-cipher';
import type { SecretCipher, SecretStore } from './secret-store';

const SecretsFile = z.object({
  schemaVersion: z.literal(1),
  /** id -> base64 of the cipher's bytes. */
  secrets: z.record(z.string(), z.string()),
});
type SecretsFile = z.infer<typeof SecretsFile>;

/**
 * Secrets in `secrets.enc.json`, each value encrypted by the cipher. Written like every store
 * file (temp, fsync, rename); each change reads, edits and rewrites the file under the file's one
 * mutex in this process. Other processes are kept out by the data directory's lock, which every
 * command that writes holds.
 */
export class EncryptedFileSecretStore implements SecretStore {
  constructor(
    private readonly path: string,
    private readonly cipher: SecretCipher,
  ) {}

  async get(id: string): Promise<string | undefined> {
    const data = (await this.read()).secrets[id];
    return data === undefined ? undefined : this.cipher.decrypt(Buffer.from(data, 'base64'));
  }

  set(id: string, value: string): Promise<void> {
    return this.change((file) => ({
      ...file,
      secrets: { ...file.secrets, [id]: this.cipher.encrypt(value).toString('base64') },
    }));
  }

  delete(id: string): Promise<void> {
    return this.change((file) => {
      const { [id]: _gone, ...rest } = file.secrets;
      return { ...file, secrets: rest };
    });
  }

  /** One change at a time per file, so two saves (from any store object) never lose each other's secret. */
  private change(edit: (file: SecretsFile) => SecretsFile): Promise<void> {
    return mutexFor(this.path)(async () => {
      const updated = edit(await this.read());
      await writeFileAtomic(this.path, `${JSON.stringify(updated, null, 2)}\n`);
    });
  }

  private async read(): Promise<SecretsFile> {
    try {
      return SecretsFile.parse(JSON.parse(await readFile(this.path, 'utf8')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { schemaVersion: 1, secrets: {} };
      throw error;
    }
  }
}

/** The host-mode secrets store of a data directory (key file + encrypted file). */
export async function openFileSecretStore(
  dataDir: string,
  cipher?: SecretCipher,
): Promise<SecretStore> {
  return new EncryptedFileSecretStore(
    join(dataDir, 'secrets.enc.json'),
    cipher ?? (await keyFileCipher(join(dataDir, 'secrets.key'))),
  );
}
