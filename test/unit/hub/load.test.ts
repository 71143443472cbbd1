import { describe, expect, it } from 'vitest';
import { startHub } from '../../../electron/host/hub/hub-server';
import { createHubToken } from '../../../electron/host/hub/hub-tokens';
import { postgresAvailable } from '../../helpers/postgres';
import { ownLineage, runPushLoad, SHARED_ID } from '../../helpers/push-load';
import { onClose, usePostgres } from '../remotes/backends';

const CLIENTS = 20;
const PUSHES = 50;
const available = postgresAvailable();
const cluster = usePostgres();

describe.runIf(available)('team hub under load', () => {
  it(`${CLIENTS} clients × ${PUSHES} pushes and pulls: none lost, none applied twice, conflicts answered by policy`, async () => {
    const hub = await startHub({
      databaseUrl: await cluster().createDatabase(),
      port: 0,
      host: '127.0.0.1',
      log: () => undefined,
      burst: 100_000,
      perSecond: 10_000,
      pool: { max: 10, connectionTimeoutMs: 120_000 },
    });
    onClose(() => hub.close());
    const { token } = await createHubToken(
      hub.pool,
      { label: 'load', scopes: ['read', 'push'] },
      'test',
    );
    const { records } = await runPushLoad(hub.url, token, {
      clients: CLIENTS,
      pushes: PUSHES,
      tag: 't',
    });
    expect(records).toHaveLength(CLIENTS * PUSHES);

    // Read your writes: the pull after push k holds versions 1..k+1 of the client's lineage.
    for (const r of records)
      expect(r.pulledVersions).toEqual(Array.from({ length: r.index + 1 }, (_, i) => i + 1));
    // A retry racing its original: one applies, the other replays the same answer.
    for (const r of records.filter((x) => x.answers.length === 2)) {
      expect(r.answers.map((a) => a.replayed).sort()).toEqual([false, true]);
      expect(r.answers[0].summary).toEqual(r.answers[1].summary);
    }
    const applied = records.map((r) => ({
      ...r,
      summary: r.answers.find((a) => !a.replayed)?.summary,
    }));
    for (const r of applied) {
      const summary = r.summary;
      expect(summary, r.key).toBeDefined();
      if (!summary) continue;
      // The client's own new version is created exactly by its push.
      expect(summary.created).toContain(`${ownLineage(r.client)}-v${r.index + 1}`);
      // The shared journey: the very first push creates it; after that each policy gives its own answer.
      const shared = summary.created.includes(SHARED_ID)
        ? 'created'
        : summary.overwritten.includes(SHARED_ID)
          ? 'overwritten'
          : summary.skipped.includes(SHARED_ID)
            ? 'skipped'
            : summary.copied.some((c) => c.from === SHARED_ID)
              ? 'copied'
              : summary.unchanged.includes(SHARED_ID)
                ? 'unchanged'
                : 'missing';
      expect(
        ['created', { overwrite: 'overwritten', skip: 'skipped', copy: 'copied' }[r.policy]],
        r.key,
      ).toContain(shared);
    }
    expect(applied.filter((r) => r.summary?.created.includes(SHARED_ID))).toHaveLength(1);

    const db = hub.pool;
    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0].n);
    expect(await count(`SELECT count(*) AS n FROM pushes WHERE result = 'applied'`)).toBe(
      CLIENTS * PUSHES,
    );
    expect(await count(`SELECT count(*) AS n FROM pushes WHERE result = 'replayed'`)).toBe(
      CLIENTS * Math.ceil(PUSHES / 10),
    );
    expect(await count(`SELECT count(*) AS n FROM journeys WHERE lineage_id LIKE 'client-%'`)).toBe(
      CLIENTS * PUSHES,
    );
    // 0 applied twice: one create in the audit log per journey.
    expect(
      await count(
        `SELECT count(*) AS n FROM (SELECT target FROM audit WHERE action = 'journey.create' GROUP BY target HAVING count(*) > 1) t`,
      ),
    ).toBe(0);
    const copies = applied.filter((r) => r.summary?.copied.length).length;
    expect(await count(`SELECT count(*) AS n FROM journeys`)).toBe(CLIENTS * PUSHES + 1 + copies);
    // Names stay unique across lineages, as the planner's copy naming promises.
    expect(
      await count(
        `SELECT count(*) AS n FROM (SELECT lower(name) FROM journeys GROUP BY lower(name) HAVING count(DISTINCT lineage_id) > 1) t`,
      ),
    ).toBe(0);
    // The shared journey holds what the last push that created or overwrote it said, in commit order.
    const { rows } = await db.query<{ push_id: string }>(
      `SELECT push_id FROM pushes WHERE result = 'applied' AND (summary->'created' ? $1 OR summary->'overwritten' ? $1) ORDER BY seq DESC LIMIT 1`,
      [SHARED_ID],
    );
    const last = records.find((r) => r.key === rows[0].push_id);
    expect(
      (
        await db.query<{ d: string }>(
          `SELECT body->>'description' AS d FROM journeys WHERE id = $1`,
          [SHARED_ID],
        )
      ).rows[0].d,
    ).toBe(last?.sharedDescription);
  }, 600_000);
});
