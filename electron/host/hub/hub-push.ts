import type pg from 'pg';
import { ImportSummary, type ImportPolicy } from '../../../shared/bundle';
import type { PushResult } from '../../../shared/contract/rest-api';
import type { Journey } from '../../../shared/model';
import type { DecodedBundle } from '../../core/bundles/codec';
import { planImportInto, type ImportPlan } from '../../core/bundles/plan';
import { HttpError } from '../remote-api/http';
import { auditMany } from './hub-audit';
import { contentHashOf, hubTarget, readScenarios } from './hub-content';
import { inTransaction } from './hub-db';

/** Every push takes this transaction-scoped lock first, so pushes apply one after another. */
const PUSH_LOCK = 0x6a73_6875_62; // "jshub"

export interface PushRequest {
  pushId: string;
  sha256: string;
  policy: ImportPolicy;
  decoded: DecodedBundle;
  token: { id: string; label: string };
  now: () => Date;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Pushes queue in this process before they take a connection, so waiting pushes never hold the
 * pool that reads need; the advisory lock still orders pushes across several hub processes.
 */
const queues = new WeakMap<pg.Pool, Promise<unknown>>();
function queued<T>(pool: pg.Pool, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(pool) ?? Promise.resolve()).then(task, task);
  queues.set(
    pool,
    run.catch(() => undefined),
  );
  return run;
}

async function writeJourney(
  db: pg.PoolClient,
  journey: Journey,
  mode: 'insert' | 'update',
): Promise<void> {
  const values = [
    journey.id,
    journey.lineageId,
    journey.name,
    journey.version,
    journey.status,
    journey.revision,
    journey.updatedAt,
    contentHashOf(journey),
    JSON.stringify(journey),
  ];
  if (mode === 'insert') {
    await db.query(
      'INSERT INTO journeys (id, lineage_id, name, version, status, revision, updated_at, content_hash, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      values,
    );
  } else {
    await db.query(
      'UPDATE journeys SET lineage_id = $2, name = $3, version = $4, status = $5, revision = $6, updated_at = $7, content_hash = $8, body = $9, pushed_at = now() WHERE id = $1',
      values,
    );
  }
}

/** Writes a plan inside the push's transaction; an error anywhere rolls all of it back. */
async function applyPlan(db: pg.PoolClient, plan: ImportPlan, actor: string): Promise<void> {
  const changes: { action: string; target: string; detail?: string }[] = [];
  for (const journey of plan.creates) {
    await writeJourney(db, journey, 'insert');
    changes.push({
      action: 'journey.create',
      target: journey.id,
      detail: `${journey.name} v${journey.version}`,
    });
  }
  for (const { journey, baseRevision } of plan.overwrites) {
    // The store's rule: an overwrite is a new revision of what was compared.
    await writeJourney(db, { ...journey, revision: baseRevision + 1 }, 'update');
    changes.push({
      action: 'journey.overwrite',
      target: journey.id,
      detail: `${journey.name} v${journey.version}, revision ${baseRevision + 1}`,
    });
  }
  if (plan.workspace) {
    await db.query(
      'INSERT INTO workspace (id, body) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body',
      [JSON.stringify(plan.workspace)],
    );
    changes.push({
      action: 'references.merge',
      target: 'workspace',
      detail: `${plan.summary.referencesAdded} added, ${plan.summary.referencesReplaced} replaced`,
    });
  }
  for (const def of [...plan.actions.creates, ...plan.actions.replaces.map((r) => r.next)]) {
    await db.query(
      `INSERT INTO actions (id, name, module, config, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, module = EXCLUDED.module, config = EXCLUDED.config, updated_at = EXCLUDED.updated_at`,
      [def.id, def.name, def.module, JSON.stringify(def.config), def.createdAt, def.updatedAt],
    );
    changes.push({
      action: plan.actions.creates.includes(def) ? 'action.create' : 'action.replace',
      target: def.id,
      detail: def.name,
    });
  }
  // Same rule as the data directory's scenario store: a save replaces the scenario of the same name.
  for (const { journeyId, scenario } of plan.scenarios) {
    const all = await readScenarios(db, journeyId);
    const at = all.findIndex((s) => sameName(s.name, scenario.name));
    const next = at < 0 ? [...all, scenario] : all.map((s, i) => (i === at ? scenario : s));
    await db.query(
      'INSERT INTO scenarios (journey_id, list) VALUES ($1, $2) ON CONFLICT (journey_id) DO UPDATE SET list = EXCLUDED.list',
      [journeyId, JSON.stringify(next)],
    );
    changes.push({ action: 'scenario.save', target: journeyId, detail: scenario.name });
  }
  await auditMany(db, actor, changes);
}

/**
 * One push, one transaction: the idempotency check, the plan (the import preview's own planning,
 * against what the hub holds now) and every write commit together or not at all. The push lock
 * makes concurrent pushes of one lineage see each other's result in order.
 */
export async function applyPush(pool: pg.Pool, request: PushRequest): Promise<PushResult> {
  const journeyIds = request.decoded.content.journeys.map((j) => j.id);
  return queued(pool, () =>
    inTransaction(pool, async (db) => {
      await db.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK]);
      const history = (result: 'applied' | 'replayed', summary: ImportSummary) =>
        db.query(
          'INSERT INTO pushes (push_id, sha256, token_id, token_label, policy, journey_ids, result, summary) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [
            request.pushId,
            request.sha256,
            request.token.id,
            request.token.label,
            request.policy,
            journeyIds,
            result,
            JSON.stringify(summary),
          ],
        );
      const { rows } = await db.query<{ sha256: string; summary: unknown }>(
        `SELECT sha256, summary FROM pushes WHERE push_id = $1 AND result = 'applied'`,
        [request.pushId],
      );
      if (rows[0]) {
        if (rows[0].sha256 !== request.sha256)
          throw new HttpError(
            409,
            'conflict',
            `Push id ${request.pushId} was already used for a different bundle`,
          );
        const summary = ImportSummary.parse(rows[0].summary);
        await history('replayed', summary);
        return { pushId: request.pushId, replayed: true, summary };
      }
      const plan = await planImportInto(
        await hubTarget(db, request.now()),
        request.decoded,
        request.policy,
      );
      await applyPlan(db, plan, request.token.label);
      await history('applied', plan.summary);
      return { pushId: request.pushId, replayed: false, summary: plan.summary };
    }),
  );
}

/** A refused push goes in the history too (outside the rolled-back transaction). */
export async function recordRefusal(
  pool: pg.Pool,
  request: Omit<PushRequest, 'decoded' | 'now'> & { journeyIds: string[] },
  message: string,
): Promise<void> {
  await pool
    .query(
      `INSERT INTO pushes (push_id, sha256, token_id, token_label, policy, journey_ids, result, message) VALUES ($1, $2, $3, $4, $5, $6, 'refused', $7)`,
      [
        request.pushId,
        request.sha256,
        request.token.id,
        request.token.label,
        request.policy,
        request.journeyIds,
        message.slice(0, 2_000),
      ],
    )
    .catch(() => undefined); // the history is best effort when the database itself is the problem
}
