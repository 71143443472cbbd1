import { describe, expect, it } from 'vitest';
import { call, clock, seedJourney, testCore } from './fixtures';

describe('lifecycle history', () => {
  it('records who, when, from and to for every change, and stamps Published on / by', async () => {
    const time = clock('2030-03-01T10:00:00.000Z');
    const core = await testCore(time.now);
    const draft = await seedJourney(core, 'Walk');
    const live = await call(core, 'journeys.publish', { id: draft.id });
    expect(live).toMatchObject({
      status: 'Live',
      publishedBy: 'tester',
      publishedAt: '2030-03-01T10:00:00.000Z',
      updatedBy: 'tester',
    });
    time.set('2030-03-02T10:00:00.000Z');
    await call(core, 'journeys.closeToNewEntries', { id: draft.id });
    time.set('2030-03-03T10:00:00.000Z');
    const aborted = await call(core, 'journeys.abort', { id: draft.id });
    expect(
      aborted.history.map(({ at, by, action, from, to }) => ({ at, by, action, from, to })),
    ).toEqual([
      { at: '2030-03-01T10:00:00.000Z', by: 'tester', action: 'Create', from: null, to: 'Draft' },
      {
        at: '2030-03-01T10:00:00.000Z',
        by: 'tester',
        action: 'Publish',
        from: 'Draft',
        to: 'Live',
      },
      {
        at: '2030-03-02T10:00:00.000Z',
        by: 'tester',
        action: 'Close to new entries',
        from: 'Live',
        to: 'Closed to new entries',
      },
      {
        at: '2030-03-03T10:00:00.000Z',
        by: 'tester',
        action: 'Abort',
        from: 'Closed to new entries',
        to: 'Aborted',
      },
    ]);
    expect(aborted.publishedAt).toBe('2030-03-01T10:00:00.000Z'); // later changes keep Published on
    await core.close();
  });
});
