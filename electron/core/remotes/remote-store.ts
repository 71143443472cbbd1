import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { mutexFor } from '../lifecycle/mutex';
import { openFileSecretStore } from '../secrets/encrypted-file-store';
import type { SecretStore } from '../secrets/secret-store';
import { writeFileAtomic } from '../store/atomic-file';

/** A remote instance as this app remembers it; the token lives in the secrets store, never here. */
export const RemoteEntry = z.object({
  name: z.string().regex(/^[A-Za-z0-9_.-]{1,50}$/, 'name: letters, digits, _ . - (1–50)'),
  url: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//.test(u), 'url must start with http:// or https://'),
  addedAt: z.string(),
});
export type RemoteEntry = z.infer<typeof RemoteEntry>;
const RemotesFile = z.object({ schemaVersion: z.literal(1), remotes: z.array(RemoteEntry) });

const secretId = (name: string) => `remote:${name}`;

/** The list of remotes (`remotes.json`) plus their tokens through a SecretStore. */
export class RemoteStore {
  constructor(
    private readonly dataDir: string,
    private readonly secrets: SecretStore,
  ) {}

  /** The host-mode store: tokens in the encrypted secrets file of the data directory. */
  static async open(dataDir: string, secrets?: SecretStore): Promise<RemoteStore> {
    return new RemoteStore(dataDir, secrets ?? (await openFileSecretStore(dataDir)));
  }

  private get path(): string {
    return join(this.dataDir, 'remotes.json');
  }

  async list(): Promise<RemoteEntry[]> {
    try {
      return RemotesFile.parse(JSON.parse(await readFile(this.path, 'utf8'))).remotes;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** A remote by name with its token; refused when unknown. */
  async get(name: string): Promise<RemoteEntry & { token: string }> {
    const entry = (await this.list()).find((r) => r.name === name);
    if (!entry)
      throw new AppError(
        'not_found',
        `No remote named "${name}". Add one with: journey-studio remote add ${name} <url> --token …`,
        'remote',
      );
    const token = await this.secrets.get(secretId(name));
    if (!token)
      throw new AppError(
        'not_found',
        `Remote "${name}" has no token stored; add it again`,
        'remote',
      );
    return { ...entry, token };
  }

  /** Adds or replaces a remote; the token goes to the secrets store. */
  async add(name: string, url: string, token: string, now = new Date()): Promise<RemoteEntry> {
    const parsed = RemoteEntry.safeParse({
      name,
      url: url.replace(/\/+$/, ''),
      addedAt: now.toISOString(),
    });
    if (!parsed.success)
      throw new AppError(
        'invalid_input',
        parsed.error.issues[0]?.message ?? 'Invalid remote',
        'remote',
      );
    if (!token.trim())
      throw new AppError(
        'invalid_input',
        'A remote needs a token (create one on the remote: journey-studio remote token create)',
        'token',
      );
    return this.serialized(async () => {
      await this.secrets.set(secretId(name), token.trim());
      const others = (await this.list()).filter((r) => r.name !== name);
      await this.save([...others, parsed.data].sort((a, b) => a.name.localeCompare(b.name)));
      return parsed.data;
    });
  }

  async remove(name: string): Promise<void> {
    return this.serialized(async () => {
      const all = await this.list();
      if (!all.some((r) => r.name === name))
        throw new AppError('not_found', `No remote named "${name}"`, 'remote');
      await this.save(all.filter((r) => r.name !== name));
      await this.secrets.delete(secretId(name));
    });
  }

  /** Read, change and rewrite of remotes.json one at a time in this process (two adds keep both). */
  private serialized<T>(task: () => Promise<T>): Promise<T> {
    return mutexFor(this.path)(task);
  }

  private async save(remotes: RemoteEntry[]): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(this.path, `${JSON.stringify({ schemaVersion: 1, remotes }, null, 2)}\n`);
  }
}
