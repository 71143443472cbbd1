import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { sameName } from '../../../shared/journeys/names';
import { templateCatalog } from '../../../shared/templates';
import { SavedScenario } from '../../../shared/simulation';
import { synthScenario } from '../simulator/build';
import { call } from '../helpers/call';
import { published } from '../bundles/fixtures';

// Concurrent writes under one name: the invariant checks run in the core's one write queue
// with their writes, so exactly one wins and every other gets the clear conflict error.

const opened: Core[] = [];
afterEach(async () => {
  for (const core of opened.splice(0)) await core.close();
});

async function core(): Promise<Core> {
  const c = await openCore({
    dataDir: mkdtempSync(join(tmpdir(), 'write-path-')),
    mode: 'cli',
    empty: true,
    user: 'tester',
    lock: false,
  });
  opened.push(c);
  return c;
}

const NAME = 'Quarterly onboarding';
const TAKEN = `A journey named "${NAME}" already exists; enter another unique name.`;

/** A bundle, from another data directory, holding one published journey named NAME (a lineage of its own). */
async function foreignBundle(): Promise<string> {
  const other = await core();
  const foreign = await other.context.store.create(published(NAME));
  return (await call(other, 'bundles.export', { ids: [foreign.id] })).base64;
}

/** Settles every promise, then splits them into fulfilled values and rejection reasons. */
async function settle<T>(tasks: Promise<T>[]): Promise<{ won: T[]; lost: unknown[] }> {
  const results = await Promise.allSettled(tasks);
  return {
    won: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
    lost: results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : [])),
  };
}

describe('one write path', () => {
  it('three concurrent creates under one name make one journey (issue 16)', async () => {
    const c = await core();
    const { won, lost } = await settle(
      [1, 2, 3].map(() => call(c, 'journeys.create', { name: NAME, audience: 'people' })),
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(2);
    for (const error of lost)
      expect(error).toMatchObject({ code: 'conflict', field: 'name', message: TAKEN });
    expect((await call(c, 'journeys.list', {})).filter((j) => sameName(j.name, NAME))).toHaveLength(
      1,
    );
  });

  it('creates, a rename, a duplicate, a template create and an import racing for one name: exactly one gets it', async () => {
    const c = await core();
    const renamed = await call(c, 'journeys.create', { name: 'To be renamed', audience: 'people' });
    const source = await call(c, 'journeys.create', { name: 'Source', audience: 'account' });
    const bundle = await foreignBundle();
    const templateId = templateCatalog()[0].id;

    const creates = [1, 2, 3].map(() =>
      call(c, 'journeys.create', { name: NAME, audience: 'people' }),
    );
    const others = [
      call(c, 'journeys.rename', { id: renamed.id, name: ` ${NAME} ` }),
      call(c, 'journeys.duplicate', { id: source.id, name: NAME, type: 'partial' }),
      call(c, 'journeys.createFromTemplate', { templateId, name: NAME }),
    ];
    const imported = call(c, 'bundles.import', { base64: bundle, policy: 'skip' });
    const { won, lost } = await settle<unknown>([...creates, ...others]);
    const summary = await imported;

    // The import does not fail on a taken name: under "skip" it skips that journey (its documented policy).
    const importWon = summary.created.length;
    expect(importWon + summary.skipped.length).toBe(1);
    expect(won.length + importWon).toBe(1);
    expect(lost).toHaveLength(6 - won.length);
    for (const error of lost)
      expect(error).toMatchObject({ code: 'conflict', field: 'name', message: TAKEN });
    const holders = (await call(c, 'journeys.list', {})).filter((j) => sameName(j.name, NAME));
    expect(holders).toHaveLength(1);
    // The losers wrote nothing: no template scenario, no copy, the rename left the name alone.
    expect((await call(c, 'journeys.list', {})).length).toBe(3);
    if (holders[0].id !== renamed.id)
      expect((await call(c, 'journeys.get', { id: renamed.id })).name).toBe('To be renamed');
  });

  it('an import planned against an old state cannot slip in a second journey of a taken name', async () => {
    const c = await core();
    const base64 = await foreignBundle();
    // Imports under every policy race a create; whatever wins, one journey holds the name.
    const imports = (['skip', 'copy', 'overwrite'] as const).map((policy) =>
      call(c, 'bundles.import', { base64, policy }),
    );
    const create = call(c, 'journeys.create', { name: NAME, audience: 'people' }).catch(
      (e: unknown) => e,
    );
    await Promise.all([...imports, create]);
    expect((await call(c, 'journeys.list', {})).filter((j) => sameName(j.name, NAME))).toHaveLength(
      1,
    );
  });

  it('five saves from one base revision: one is written, four get the revision conflict', async () => {
    const c = await core();
    const j = await call(c, 'journeys.create', { name: 'Saved', audience: 'people' });
    const body = (n: number) => ({
      description: `save ${n}`,
      nodes: j.nodes,
      edges: j.edges,
      content: j.content,
    });
    const { won, lost } = await settle(
      [1, 2, 3, 4, 5].map((n) =>
        call(c, 'journeys.save', { id: j.id, baseRevision: j.revision, body: body(n) }),
      ),
    );
    expect(won).toHaveLength(1);
    expect(won[0].revision).toBe(j.revision + 1);
    for (const error of lost)
      expect(error).toMatchObject({ code: 'conflict', field: 'baseRevision' });
    expect((await call(c, 'journeys.get', { id: j.id })).description).toBe(won[0].description);
  });

  it('audience and Action names stay unique under concurrent creates', async () => {
    const c = await core();
    const audiences = await settle(
      [1, 2, 3, 4].map(() =>
        call(c, 'audiences.create', { name: 'Webinar guests', description: '' }),
      ),
    );
    expect(audiences.won).toHaveLength(1);
    for (const error of audiences.lost)
      expect(error).toMatchObject({
        code: 'conflict',
        field: 'name',
        message: 'An external customer audience named "Webinar guests" already exists',
      });
    expect(
      (await call(c, 'workspace.get', {})).externalAudiences.filter(
        (a) => a.name === 'Webinar guests',
      ),
    ).toHaveLength(1);

    const actions = await settle(
      [1, 2, 3, 4].map(() =>
        call(c, 'actions.create', { name: 'Enrich', module: 'mock', config: { response: '{}' } }),
      ),
    );
    expect(actions.won).toHaveLength(1);
    for (const error of actions.lost)
      expect(error).toMatchObject({
        code: 'conflict',
        field: 'name',
        message: 'An Action named "Enrich" already exists',
      });
    expect((await call(c, 'actions.list', {})).filter((a) => a.name === 'Enrich')).toHaveLength(1);
  });

  it('concurrent scenario saves of one journey lose none of each other', async () => {
    const c = await core();
    const j = await call(c, 'journeys.create', { name: 'With scenarios', audience: 'people' });
    const saves = Array.from({ length: 8 }, (_, i) =>
      call(c, 'scenarios.save', {
        journeyId: j.id,
        scenario: SavedScenario.parse({ ...synthScenario(10), name: `S${i}` }),
      }),
    );
    await Promise.all(saves);
    expect(
      (await call(c, 'scenarios.list', { journeyId: j.id })).map((s) => s.name).sort(),
    ).toEqual(['S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']);
  });
});
