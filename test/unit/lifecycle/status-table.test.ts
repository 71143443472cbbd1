import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { assertAllowed, isAllowed, LifecycleAction } from '../../../shared/lifecycle';
import { JourneyStatus } from '../../../shared/model';
import type { Core } from '../../../electron/core/core';
import { call, seedJourney, testCore } from './fixtures';

// Seed 002's table written out by hand (not derived from ALLOWED_ACTIONS), plus Scheduled,
// Create new version (Live) and Finish (Live and Closed to new entries: seed 002, "from Live or
// Closed to new entries to Finished" when all accounts complete the journey).
const EXPECTED: Record<JourneyStatus, LifecycleAction[]> = {
  Draft: ['Publish', 'Duplicate', 'Delete'],
  Scheduled: ['Duplicate', 'Abort'],
  Live: ['Duplicate', 'Close to new entries', 'Abort', 'Create new version', 'Finish'],
  'Closed to new entries': ['Duplicate', 'Abort', 'Finish'],
  Aborted: ['Duplicate', 'Delete'],
  Finished: ['Duplicate', 'Delete'],
};

const PAIRS = JourneyStatus.options.flatMap((status) =>
  LifecycleAction.options.map((action) => ({
    status,
    action,
    allowed: EXPECTED[status].includes(action),
  })),
);

/** What a successful action leaves: the status of the journey it returns. */
const RESULT: Partial<Record<LifecycleAction, JourneyStatus>> = {
  Publish: 'Live',
  Duplicate: 'Draft',
  'Close to new entries': 'Closed to new entries',
  Abort: 'Aborted',
  Finish: 'Finished',
  'Create new version': 'Draft',
};

describe('status × action table (shared rules)', () => {
  it.each(PAIRS)('$status + $action -> allowed: $allowed', ({ status, action, allowed }) => {
    expect(isAllowed(status, action)).toBe(allowed);
    const attempt = () => assertAllowed({ name: 'J', status }, action);
    if (allowed) expect(attempt).not.toThrow();
    else {
      expect(attempt).toThrow(AppError);
      expect(attempt).toThrow(new RegExp(`Cannot ${action} "J": it is ${status}\\.`));
    }
  });
});

describe('status × action table (core, through dispatch)', () => {
  let core: Core;
  beforeAll(async () => {
    core = await testCore();
  });
  afterAll(async () => core.close());

  async function run(action: LifecycleAction, id: string, n: number) {
    switch (action) {
      case 'Publish':
        return call(core, 'journeys.publish', { id });
      case 'Duplicate':
        return call(core, 'journeys.duplicate', { id, name: `dup ${n}`, type: 'partial' });
      case 'Delete':
        return call(core, 'journeys.delete', { id });
      case 'Close to new entries':
        return call(core, 'journeys.closeToNewEntries', { id });
      case 'Abort':
        return call(core, 'journeys.abort', { id });
      case 'Create new version':
        return call(core, 'journeys.createVersion', { id });
      case 'Finish':
        return call(core, 'journeys.finish', { id });
    }
  }

  it.each(PAIRS.map((p, n) => ({ ...p, n })))(
    '$status + $action',
    async ({ status, action, allowed, n }) => {
      const journey = await seedJourney(core, `pair ${n}`, status);
      if (allowed) {
        const out = await run(action, journey.id, n);
        if (action === 'Delete') {
          expect(core.context.store.has(journey.id)).toBe(false);
          return;
        }
        expect(out).toMatchObject({ status: RESULT[action] });
        return;
      }
      await expect(run(action, journey.id, n)).rejects.toMatchObject({
        code: 'forbidden',
        message: expect.stringContaining(`it is ${status}`),
      });
      const after = await core.context.store.get(journey.id);
      expect(after.revision).toBe(journey.revision);
      expect(after.status).toBe(status);
    },
  );

  it('refuses saving (editing) anything but a Draft', async () => {
    for (const status of JourneyStatus.options.filter((s) => s !== 'Draft')) {
      const j = await seedJourney(core, `edit ${status}`, status);
      await expect(
        call(core, 'journeys.save', {
          id: j.id,
          baseRevision: j.revision,
          body: { description: 'x', nodes: j.nodes, edges: j.edges, content: [] },
        }),
      ).rejects.toMatchObject({
        code: 'forbidden',
        message: expect.stringContaining('only a Draft can be edited'),
      });
    }
  });
});
