import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import {
  HubScope,
  HubTokenRequest,
  type HubToken,
  type HubTokenCreated,
} from '../../../shared/contract/hub-api';
import { AppError } from '../../../shared/errors';
import { audit } from './hub-audit';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
type Queryable = Pick<pg.Pool, 'query'>;

interface TokenRow {
  id: string;
  label: string;
  scopes: string[];
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

const viewOf = (r: TokenRow): HubToken => ({
  id: r.id,
  label: r.label,
  scopes: r.scopes.map((s) => HubScope.parse(s)),
  createdAt: r.created_at.toISOString(),
  expiresAt: r.expires_at?.toISOString() ?? null,
  revokedAt: r.revoked_at?.toISOString() ?? null,
  lastUsedAt: r.last_used_at?.toISOString() ?? null,
});

/** Creates a token; its value is returned once and only its sha256 is stored. */
export async function createHubToken(
  db: Queryable,
  request: HubTokenRequest,
  actor: string,
): Promise<HubTokenCreated> {
  const parsed = HubTokenRequest.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'invalid_input',
      issue?.message ?? 'Invalid token request',
      String(issue?.path[0] ?? 'token'),
    );
  }
  const { label, scopes, expiresInDays } = parsed.data;
  const id = randomBytes(4).toString('hex');
  const token = `jsh_${id}_${randomBytes(24).toString('base64url')}`;
  const { rows } = await db.query<TokenRow>(
    `INSERT INTO tokens (id, label, sha256, scopes, expires_at)
     VALUES ($1, $2, $3, $4, CASE WHEN $5::int IS NULL THEN NULL ELSE now() + make_interval(days => $5::int) END)
     RETURNING *`,
    [id, label, hashOf(token), [...new Set(scopes)], expiresInDays],
  );
  await audit(db, actor, 'token.create', id, `${label} (${scopes.join(', ')})`);
  return { token, info: viewOf(rows[0]) };
}

export async function listHubTokens(db: Queryable): Promise<HubToken[]> {
  return (await db.query<TokenRow>('SELECT * FROM tokens ORDER BY created_at, id')).rows.map(
    viewOf,
  );
}

/** Revokes a token by id or label; refused when none matches or it is already revoked. */
export async function revokeHubToken(
  db: Queryable,
  idOrLabel: string,
  actor: string,
): Promise<HubToken> {
  const { rows } = await db.query<TokenRow>(
    `UPDATE tokens SET revoked_at = now() WHERE id = (SELECT id FROM tokens WHERE (id = $1 OR label = $1) AND revoked_at IS NULL ORDER BY id LIMIT 1) RETURNING *`,
    [idOrLabel],
  );
  if (!rows[0])
    throw new AppError('not_found', `No active hub token with id or label "${idOrLabel}"`, 'token');
  await audit(db, actor, 'token.revoke', rows[0].id, rows[0].label);
  return viewOf(rows[0]);
}

/** The token a bearer value names, when it is neither revoked nor expired. */
export async function authenticate(
  db: Queryable,
  bearer: string,
): Promise<{ id: string; label: string; scopes: HubScope[] } | null> {
  if (!bearer) return null;
  const { rows } = await db.query<TokenRow>(
    `UPDATE tokens SET last_used_at = now() WHERE sha256 = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()) RETURNING *`,
    [hashOf(bearer)],
  );
  const row = rows[0];
  return row ? { id: row.id, label: row.label, scopes: viewOf(row).scopes } : null;
}
