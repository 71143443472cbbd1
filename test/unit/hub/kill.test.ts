import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { RemoteClient } from '../../../electron/core/remotes/remote-client';
import { createHubToken } from '../../../electron/host/hub/hub-tokens';
import { postgresAvailable } from '../../helpers/postgres';
import { onClose, usePostgres } from '../remotes/backends';
import { startHubProcess } from '../remotes/remote-process';
import { bundleOf, journey } from './bundle-fixtures';

const PUSHES = 100;
const PER_PUSH = 5;
const KILL_AFTER = 30;
const available = postgresAvailable();
const cluster = usePostgres();

describe.runIf(available)('team hub killed during pushes', () => {
  it(`SIGKILL during ${PUSHES} pushes: every acknowledged push is there after restart, none half-applied`, async () => {
    const database = await cluster().createDatabase();
    const hub = await startHubProcess(database);
    const pool = new pg.Pool({ connectionString: database, max: 2 });
    onClose(() => pool.end());
    const { token } = await createHubToken(
      pool,
      { label: 'kill', scopes: ['read', 'push'] },
      'test',
    );
    const pushes = Array.from({ length: PUSHES }, (_, i) => {
      const journeys = Array.from({ length: PER_PUSH }, (_, j) =>
        journey(`Push ${i} journey ${j}`),
      );
      return {
        key: `kill-push-${String(i).padStart(3, '0')}`,
        ids: journeys.map((j) => j.id),
        bytes: bundleOf(journeys),
      };
    });

    // Four clients push in parallel; the hub is killed the moment the 30th push is acknowledged.
    const acknowledged = new Set<string>();
    let next = 0;
    const killed = new Promise<void>((resolve) => hub.child.once('exit', () => resolve()));
    const client = new RemoteClient('hub', hub.base, token, 60_000);
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < PUSHES) {
          const push = pushes[next++];
          try {
            await client.push(push.bytes, push.key, 'overwrite');
            acknowledged.add(push.key);
            if (acknowledged.size === KILL_AFTER) hub.child.kill('SIGKILL');
          } catch {
            // Refused or cut off by the kill: not acknowledged, so it may or may not be there.
          }
        }
      }),
    );
    await killed;
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(PUSHES);

    const again = await startHubProcess(database);
    onClose(() => again.stop());
    const applied = new Set(
      (
        await pool.query<{ push_id: string }>(`SELECT push_id FROM pushes WHERE result = 'applied'`)
      ).rows.map((r) => r.push_id),
    );
    const present = new Set(
      (await pool.query<{ id: string }>('SELECT id FROM journeys')).rows.map((r) => r.id),
    );
    for (const key of acknowledged) expect(applied.has(key), key).toBe(true);
    for (const push of pushes) {
      const there = push.ids.filter((id) => present.has(id)).length;
      // All of a push or none of it, and there exactly when its push id is recorded as applied.
      expect([push.key, there], push.key).toEqual([push.key, applied.has(push.key) ? PER_PUSH : 0]);
    }
    expect(present.size).toBe(applied.size * PER_PUSH);

    // Sending everything again under the same keys: the acknowledged ones replay, the rest apply once.
    const retry = new RemoteClient('hub', again.base, token, 60_000);
    for (const push of pushes) {
      const answer = await pushHonouringRetryAfter(retry, push.bytes, push.key);
      expect(answer.replayed, push.key).toBe(applied.has(push.key));
    }
    expect(
      Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM journeys')).rows[0].n),
    ).toBe(PUSHES * PER_PUSH);
  }, 300_000);
});

/** A well-behaved client: when the hub says "too many requests", wait out its Retry-After and send again. */
async function pushHonouringRetryAfter(client: RemoteClient, bytes: Uint8Array, key: string) {
  for (;;) {
    try {
      return await client.push(bytes, key, 'overwrite');
    } catch (error) {
      const wait = /retry in (\d+) s/.exec(String(error));
      if (!wait) throw error;
      await new Promise((resolve) => setTimeout(resolve, Number(wait[1]) * 1000 + 100));
    }
  }
}
