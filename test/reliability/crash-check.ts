import { existsSync, readdirSync } from 'node:fs';
import { openCore } from '../../electron/core/core';
import { dataPaths } from '../../electron/core/store/data-dir';
import { BACKUPS_KEPT } from '../../electron/core/store/backups';
import { journeyIdsOnDisk, readIndex, reconcile } from '../../electron/core/store/journey-index';
import type { Journey } from '../../shared/model';
import { descriptionOf, JOURNEYS_PER_RUN } from './crash-child';
import { call } from '../unit/helpers/call';

/** What one check after a kill found. */
export interface CheckOutcome {
  problems: string[];
  /** The index on disk was missing, stale or unreadable and had to be rebuilt. */
  indexRebuilt: boolean;
  /** Journeys whose file held the save in flight when the process died (acked + 1). */
  inFlightLanded: number;
  /** The store took over the killed process's lock. */
  lockTakenOver: boolean;
  /** Each journey's revision as found: the next run's acknowledged baseline (an in-flight save that landed counts). */
  found: Map<string, number>;
}

/** Whether the index on disk describes every journey file as it is now. */
async function indexIsCurrent(dir: string): Promise<boolean> {
  const paths = dataPaths(dir);
  if (!existsSync(paths.journeys)) return false;
  const ids = await journeyIdsOnDisk(paths.journeys);
  const index = await readIndex(paths.index);
  const { stale } = await reconcile(paths.journeys, ids, index);
  return stale.length === 0 && index.size === ids.length;
}

/**
 * Opens the data directory a killed child left and checks the promise of DESIGN.md section 9:
 * every journey is the last acknowledged save or the one in flight, nothing is quarantined, no
 * temp file survives the open, the index matches the files, and backups hold what they claim.
 */
export async function checkAfterKill(
  dir: string,
  acked: ReadonlyMap<string, number>,
): Promise<CheckOutcome> {
  const problems: string[] = [];
  const paths = dataPaths(dir);
  const indexRebuilt = !(await indexIsCurrent(dir));
  const lockTakenOver = existsSync(paths.lock);
  const core = await openCore({ dataDir: dir, mode: 'cli', empty: true, lock: true });
  let inFlightLanded = 0;
  const found = new Map<string, number>();
  try {
    const list = await call(core, 'journeys.list', {});
    if (list.length > JOURNEYS_PER_RUN)
      problems.push(`${list.length} journeys, expected at most ${JOURNEYS_PER_RUN}`);
    for (const [id, revision] of acked) {
      if (!list.some((s) => s.id === id))
        problems.push(`journey ${id} (acked revision ${revision}) is missing`);
    }
    for (const summary of list) {
      const j = await call(core, 'journeys.get', { id: summary.id });
      const last = acked.get(j.id) ?? 0;
      found.set(j.id, j.revision);
      if (j.revision !== last && j.revision !== last + 1)
        problems.push(`journey ${j.id} is at revision ${j.revision}, acked ${last}`);
      if (j.revision === last + 1) inFlightLanded += 1;
      if (j.revision > 1 && j.description !== descriptionOf(j.revision))
        problems.push(`journey ${j.id} revision ${j.revision} has another revision's body`);
      if (summary.revision !== j.revision)
        problems.push(
          `index says revision ${summary.revision} for ${j.id}, file has ${j.revision}`,
        );
      problems.push(...(await checkBackups(core.dispatch, j)));
    }
    if (core.context.store.quarantined().length)
      problems.push(`files were quarantined: ${JSON.stringify(core.context.store.quarantined())}`);
    const leftovers = [paths.journeys, paths.root].flatMap((d) =>
      readdirSync(d).filter((n) => n.endsWith('.tmp')),
    );
    if (leftovers.length) problems.push(`temp files survived the open: ${leftovers.join(', ')}`);
  } finally {
    await core.close();
  }
  if (!(await indexIsCurrent(dir)))
    problems.push('the index does not match the files after reopening');
  if (existsSync(paths.lock)) problems.push('the lock was not released on close');
  return { problems, indexRebuilt, inFlightLanded, lockTakenOver, found };
}

/** Each kept backup reads, carries the revision its name says, and is older than the file. */
async function checkBackups(
  dispatch: (c: string, i: unknown) => Promise<unknown>,
  j: Journey,
): Promise<string[]> {
  const problems: string[] = [];
  const backups = await call({ dispatch }, 'journeys.backups', { id: j.id });
  if (backups.length > BACKUPS_KEPT)
    problems.push(`${backups.length} backups of ${j.id}, keeps ${BACKUPS_KEPT}`);
  for (const b of backups) {
    if (b.revision >= j.revision)
      problems.push(
        `backups of ${j.id} list revision ${b.revision}, not older than the file's ${j.revision}`,
      );
  }
  const expected = Math.min(BACKUPS_KEPT, j.revision - 1);
  // The newest backups are contiguous: a save first keeps the old file, then replaces it.
  const newest = backups.slice(0, expected).map((b) => b.revision);
  const wanted = Array.from({ length: expected }, (_, k) => j.revision - 1 - k);
  if (JSON.stringify(newest) !== JSON.stringify(wanted))
    problems.push(`backups of ${j.id} are ${newest.join(',')}, expected ${wanted.join(',')}`);
  return problems;
}
