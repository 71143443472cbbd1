import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { mutexFor } from '../../core/lifecycle/mutex';
import { writeFileAtomic } from '../../core/store/atomic-file';
import { acquireDataDirLock } from '../../core/store/lock';

/** A bearer token this instance accepts; only its sha256 is kept. */
const TokenRecord = z.object({
  id: z.string(),
  label: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
});
export type TokenRecord = z.infer<typeof TokenRecord>;
const TokensFile = z.object({ schemaVersion: z.literal(1), tokens: z.array(TokenRecord) });

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** `remote/tokens.json` in a data directory. */
export function tokensPath(dataDir: string): string {
  return join(dataDir, 'remote', 'tokens.json');
}

/** The tokens on file (none when the file does not exist). */
export async function listTokens(dataDir: string): Promise<TokenRecord[]> {
  try {
    return TokensFile.parse(JSON.parse(await readFile(tokensPath(dataDir), 'utf8'))).tokens;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function save(dataDir: string, tokens: TokenRecord[]): Promise<void> {
  await writeFileAtomic(
    tokensPath(dataDir),
    `${JSON.stringify({ schemaVersion: 1, tokens }, null, 2)}\n`,
  );
}

/**
 * Reads, changes and rewrites tokens.json as one step. Only these commands write the file (a
 * running `serve --remote` reads it on every request and never writes it), so they hold a lock
 * of their own, `remote/tokens.lock`, rather than the data directory's: a token can be created
 * or revoked while the server runs, and takes effect on its next request. Two token commands at
 * once are still refused rather than losing one's change.
 */
async function changeTokens<T>(
  dataDir: string,
  edit: (tokens: TokenRecord[]) => { tokens: TokenRecord[]; result: T },
): Promise<T> {
  const path = tokensPath(dataDir);
  await mkdir(dirname(path), { recursive: true });
  return mutexFor(path)(async () => {
    const lock = acquireDataDirLock(join(dirname(path), 'tokens.lock'), dataDir, 'remote token');
    try {
      const { tokens, result } = edit(await listTokens(dataDir));
      await save(dataDir, tokens);
      return result;
    } finally {
      lock.release();
    }
  });
}

/** Creates a token; the plain value is returned once and never stored. */
export async function createToken(
  dataDir: string,
  label: string,
  now = new Date(),
): Promise<{ id: string; token: string }> {
  const id = randomBytes(4).toString('hex');
  const token = `jsr_${id}_${randomBytes(24).toString('base64url')}`;
  return changeTokens(dataDir, (tokens) => ({
    tokens: [
      ...tokens,
      { id, label: label || id, sha256: hashOf(token), createdAt: now.toISOString() },
    ],
    result: { id, token },
  }));
}

/** Revokes a token by id or label; refused when none matches. */
export async function revokeToken(dataDir: string, idOrLabel: string): Promise<TokenRecord> {
  return changeTokens(dataDir, (tokens) => {
    const gone = tokens.find((t) => t.id === idOrLabel || t.label === idOrLabel);
    if (!gone)
      throw new AppError('not_found', `No remote token with id or label "${idOrLabel}"`, 'token');
    return { tokens: tokens.filter((t) => t !== gone), result: gone };
  });
}

/** The id of the token a request carries, or null; compares hashes in constant time. */
export function matchToken(tokens: readonly TokenRecord[], given: string): string | null {
  const hash = Buffer.from(hashOf(given), 'hex');
  let found: string | null = null;
  for (const t of tokens) if (timingSafeEqual(Buffer.from(t.sha256, 'hex'), hash)) found = t.id;
  return found;
}
