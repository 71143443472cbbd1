import type pg from 'pg';
import type { HubAuditEntry } from '../../../shared/contract/hub-api';

type Queryable = Pick<pg.Pool, 'query'>;

/** Records one change; in a push it runs inside the push's transaction, so it commits with it. */
export async function audit(
  db: Queryable,
  actor: string,
  action: string,
  target: string | null,
  detail: string | null = null,
): Promise<void> {
  await db.query('INSERT INTO audit (actor, action, target, detail) VALUES ($1, $2, $3, $4)', [
    actor,
    action,
    target,
    detail,
  ]);
}

/** Many changes in one statement (a push of hundreds of journeys). */
export async function auditMany(
  db: Queryable,
  actor: string,
  entries: readonly { action: string; target: string; detail?: string }[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.query(
    'INSERT INTO audit (actor, action, target, detail) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[])',
    [
      actor,
      entries.map((e) => e.action),
      entries.map((e) => e.target),
      entries.map((e) => e.detail ?? null),
    ],
  );
}

export async function listAudit(db: Queryable, limit: number): Promise<HubAuditEntry[]> {
  const { rows } = await db.query<{
    id: string;
    at: Date;
    actor: string;
    action: string;
    target: string | null;
    detail: string | null;
  }>('SELECT * FROM audit ORDER BY id DESC LIMIT $1', [limit]);
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at.toISOString(),
    actor: r.actor,
    action: r.action,
    target: r.target,
    detail: r.detail,
  }));
}
