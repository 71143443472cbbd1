import type pg from 'pg';
import { comparableJourney } from '../../../shared/bundle';
import { ActionDefinition } from '../../../shared/custom-actions';
import type { RestJourney } from '../../../shared/contract/rest-api';
import { AppError } from '../../../shared/errors';
import { Journey, Workspace } from '../../../shared/model';
import { SavedScenario } from '../../../shared/simulation';
import { actionsForBundle, scenariosForBundle } from '../../core/bundles/dependencies';
import { bundleContentOf, packBundle } from '../../core/bundles/export';
import { sha256Hex } from '../../core/bundles/hash';
import type { ImportTarget } from '../../core/bundles/import-target';
import { emptyWorkspace } from '../../core/core';

type Queryable = Pick<pg.Pool, 'query'>;

/** The hub's reference data before the first push brings any. */
export function hubWorkspace(): Workspace {
  return { ...emptyWorkspace('Team hub'), name: 'Team hub' };
}

export const contentHashOf = (journey: Journey) => sha256Hex(comparableJourney(journey));

export async function readWorkspace(db: Queryable): Promise<Workspace> {
  const { rows } = await db.query<{ body: unknown }>('SELECT body FROM workspace WHERE id = 1');
  return rows[0] ? Workspace.parse(rows[0].body) : hubWorkspace();
}

export async function readJourney(db: Queryable, id: string): Promise<Journey | null> {
  const { rows } = await db.query<{ body: unknown }>('SELECT body FROM journeys WHERE id = $1', [
    id,
  ]);
  return rows[0] ? Journey.parse(rows[0].body) : null;
}

export async function readScenarios(db: Queryable, journeyId: string): Promise<SavedScenario[]> {
  const { rows } = await db.query<{ list: unknown }>(
    'SELECT list FROM scenarios WHERE journey_id = $1',
    [journeyId],
  );
  return rows[0] ? SavedScenario.array().parse(rows[0].list) : [];
}

export async function readActions(db: Queryable): Promise<ActionDefinition[]> {
  const { rows } = await db.query<{
    id: string;
    name: string;
    module: string;
    config: unknown;
    created_at: string;
    updated_at: string;
  }>('SELECT * FROM actions ORDER BY id');
  return rows.map((r) =>
    ActionDefinition.parse({
      id: r.id,
      name: r.name,
      module: r.module,
      config: r.config,
      secrets: {},
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }),
  );
}

/** The hub as an import target: the same planning as a data directory's import preview. */
export async function hubTarget(db: Queryable, now: Date): Promise<ImportTarget> {
  const { rows } = await db.query<{
    id: string;
    lineage_id: string;
    name: string;
    version: number;
  }>('SELECT id, lineage_id, name, version FROM journeys');
  return {
    journeys: rows.map((r) => ({
      id: r.id,
      lineageId: r.lineage_id,
      name: r.name,
      version: r.version,
    })),
    get: (id) => readJourney(db, id),
    workspace: await readWorkspace(db),
    actions: await readActions(db),
    scenarios: (journeyId) => readScenarios(db, journeyId),
    now: now.toISOString(),
  };
}

/** Published journeys with their content hash, sorted by id (what `GET /journeys` answers). */
export async function listPublished(db: Queryable): Promise<RestJourney[]> {
  const { rows } = await db.query<{
    id: string;
    lineage_id: string;
    name: string;
    version: number;
    status: string;
    updated_at: string;
    content_hash: string;
  }>(
    `SELECT id, lineage_id, name, version, status, updated_at, content_hash FROM journeys WHERE status <> 'Draft' ORDER BY id COLLATE "C"`,
  );
  return rows.map((r) => ({
    id: r.id,
    lineageId: r.lineage_id,
    name: r.name,
    version: r.version,
    status: r.status,
    updatedAt: r.updated_at,
    contentHash: r.content_hash,
  }));
}

/** A bundle of the named published journeys (all when none), with versions, reference data, Actions and scenarios. */
export async function exportFromHub(
  db: Queryable,
  ids: readonly string[],
  includeVersions: boolean,
  appVersion: string,
  now: Date,
): Promise<{ fileName: string; bytes: Uint8Array; count: number }> {
  const chosen = new Map<string, Journey>();
  const wanted = ids.length ? ids : (await listPublished(db)).map((j) => j.id);
  if (wanted.length === 0)
    throw new AppError('not_found', 'The hub has no published journeys yet', 'ids');
  for (const id of wanted) {
    const journey = await readJourney(db, id);
    if (!journey || journey.status === 'Draft')
      throw new AppError('not_found', `No published journey with id "${id}" on the hub`, 'ids');
    chosen.set(id, journey);
  }
  if (includeVersions) {
    const lineages = [...new Set([...chosen.values()].map((j) => j.lineageId))];
    const { rows } = await db.query<{ body: unknown }>(
      `SELECT body FROM journeys WHERE lineage_id = ANY($1) AND status <> 'Draft'`,
      [lineages],
    );
    for (const row of rows) {
      const journey = Journey.parse(row.body);
      if (!chosen.has(journey.id)) chosen.set(journey.id, journey);
    }
  }
  const journeys = [...chosen.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const workspace = await readWorkspace(db);
  const actions = new Map((await readActions(db)).map((a) => [a.id, a]));
  const content = {
    ...bundleContentOf(journeys, workspace),
    actions: actionsForBundle((id) => actions.get(id), journeys),
    scenarios: await scenariosForBundle((journeyId) => readScenarios(db, journeyId), journeys),
  };
  return packBundle(journeys, content, {
    appVersion,
    createdAt: now.toISOString(),
    source: { workspace: workspace.name },
  });
}
