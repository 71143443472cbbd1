import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../../core/store/atomic-file';

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
  await mkdir(dirname(tokensPath(dataDir)), { recursive: true });
  await writeFileAtomic(tokensPath(dataDir), `${JSON.stringify({ schemaVersion: 1, tokens }, null, 2)}\n`);
}

/** Creates a token; the plain value is returned once and never stored. */
export async function createToken(dataDir: string, label: string, now = new Date()): Promise<{ id: string; token: string }> {
  const tokens = await listTokens(dataDir);
  const id = randomBytes(4).toString('hex');
  const token = `jsr_${id}_${randomBytes(24).toString('base64url')}`;
  await save(dataDir, [...tokens, { id, label: label || id, sha256: hashOf(token), createdAt: now.toISOString() }]);
  return { id, token };
}

/** Revokes a token by id or label; refused when none matches. */
export async function revokeToken(dataDir: string, idOrLabel: string): Promise<TokenRecord> {
  const tokens = await listTokens(dataDir);
  const gone = tokens.find((t) => t.id === idOrLabel || t.label === idOrLabel);
  if (!gone) throw new AppError('not_found', `No remote token with id or label "${idOrLabel}"`, 'token');
  await save(dataDir, tokens.filter((t) => t !== gone));
  return gone;
}

/** The id of the token a request carries, or null; compares hashes in constant time. */
export function matchToken(tokens: readonly TokenRecord[], given: string): string | null {
  const hash = Buffer.from(hashOf(given), 'hex');
  let found: string | null = null;
  for (const t of tokens) if (timingSafeEqual(Buffer.from(t.sha256, 'hex'), hash)) found = t.id;
  return found;
}
