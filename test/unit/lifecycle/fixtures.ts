import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../../electron/core/core';
import { newJourney } from '../../../shared/journeys/new-journey';
import type { Journey, JourneyStatus } from '../../../shared/model';
import { addEntryAudiences, withEntrySource } from '../helpers/entry-audience';

export const USER = 'tester';

/** A movable clock for cores under test. */
export function clock(start = '2030-01-01T09:00:00.000Z') {
  let now = new Date(start);
  return { now: () => now, set: (iso: string) => (now = new Date(iso)) };
}

/** A fresh data directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'journey-studio-lifecycle-'));
}

/** A core on an empty temp data dir, with a fixed user and the given clock. */
export async function testCore(now: () => Date = clock().now, dataDir = tempDir()): Promise<Core> {
  const core = await openCore({ dataDir, mode: 'cli', empty: true, now, user: USER });
  await addEntryAudiences(core.dispatch); // what seeded journeys' Entries let in
  return core;
}

export { call } from '../helpers/call';

/** A valid journey document with the given status stored directly (bypassing transitions). */
export async function seedJourney(
  core: Core,
  name: string,
  status: JourneyStatus = 'Draft',
  extra: Partial<Journey> = {},
): Promise<Journey> {
  const blank = newJourney({
    name,
    description: '',
    audience: 'account',
    user: USER,
    now: core.context.now(),
  });
  // An Entry with an audience, so the journey can be published (an empty one is a publish problem).
  const base = {
    ...blank,
    nodes: blank.nodes.map((n) => withEntrySource(n, blank.audience)),
  };
  const scheduledStart = status === 'Scheduled' ? '2099-01-01T00:00:00.000Z' : null;
  return core.context.store.create({ ...base, status, scheduledStart, ...extra });
}
