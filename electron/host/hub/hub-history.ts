import type pg from 'pg';
import { ImportPolicy, ImportSummary } from '../../../shared/bundle';
import type { HubPush } from '../../../shared/contract/hub-api';

/** The latest pushes first: who, when, which journeys, the result. */
export async function listPushes(db: Pick<pg.Pool, 'query'>, limit: number): Promise<HubPush[]> {
  const { rows } = await db.query<{
    push_id: string;
    at: Date;
    token_label: string;
    policy: string;
    journey_ids: string[];
    result: HubPush['result'];
    message: string | null;
    summary: unknown;
  }>('SELECT * FROM pushes ORDER BY seq DESC LIMIT $1', [limit]);
  return rows.map((r) => ({
    pushId: r.push_id,
    at: r.at.toISOString(),
    by: r.token_label,
    policy: ImportPolicy.parse(r.policy),
    journeyIds: r.journey_ids,
    result: r.result,
    message: r.message,
    summary: r.summary === null ? null : ImportSummary.parse(r.summary),
  }));
}
