import { describe, expect, it } from 'vitest';
import { call, clock, seedJourney, testCore } from './fixtures';

describe('versions and soft stop', () => {
  it('Create new version makes a Draft in the lineage; publishing it closes the old one to new entries', async () => {
    const core = await testCore();
    const v1 = await call(core, 'journeys.publish', {
      id: (await seedJourney(core, 'Nurture')).id,
    });
    const v2 = await call(core, 'journeys.createVersion', { id: v1.id });
    expect(v2).toMatchObject({
      lineageId: v1.lineageId,
      version: 2,
      status: 'Draft',
      name: 'Nurture',
    });
    await expect(call(core, 'journeys.createVersion', { id: v1.id })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already a Draft'),
    });

    const live2 = await call(core, 'journeys.publish', { id: v2.id });
    expect(live2.status).toBe('Live');
    const old = await call(core, 'journeys.get', { id: v1.id });
    expect(old.status).toBe('Closed to new entries');
    expect(old.history.at(-1)).toMatchObject({
      action: 'Close to new entries',
      from: 'Live',
      to: 'Closed to new entries',
      note: 'Soft stop: replaced by version 2',
    });

    const versions = await call(core, 'journeys.versions', { lineageId: v1.lineageId });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'Closed to new entries'],
      [2, 'Live'],
    ]);
    const v3 = await call(core, 'journeys.createVersion', { id: v2.id });
    expect(v3.version).toBe(3);
    await core.close();
  });

  it('a scheduled new version soft-stops the old one only when its start comes', async () => {
    const time = clock('2030-01-01T09:00:00.000Z');
    const core = await testCore(time.now);
    const v1 = await call(core, 'journeys.publish', { id: (await seedJourney(core, 'Sched')).id });
    const v2 = await call(core, 'journeys.createVersion', { id: v1.id });
    const scheduled = await call(core, 'journeys.publish', {
      id: v2.id,
      scheduledStart: '2030-01-05T00:00:00.000Z',
    });
    expect(scheduled).toMatchObject({
      status: 'Scheduled',
      scheduledStart: '2030-01-05T00:00:00.000Z',
      publishedBy: 'tester',
    });
    expect((await call(core, 'journeys.get', { id: v1.id })).status).toBe('Live');
    await expect(call(core, 'journeys.delete', { id: v2.id })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('Scheduled'),
    });

    time.set('2030-01-06T00:00:00.000Z');
    const versions = await call(core, 'journeys.versions', { lineageId: v1.lineageId });
    expect(versions.map((v) => v.status)).toEqual(['Closed to new entries', 'Live']);
    const started = await call(core, 'journeys.get', { id: v2.id });
    expect(started.history.at(-1)).toMatchObject({
      action: 'Start',
      by: 'Scheduler',
      from: 'Scheduled',
      to: 'Live',
    });
    await core.close();
  });

  it('refuses a scheduled start that is not in the future', async () => {
    const core = await testCore();
    const d = await seedJourney(core, 'Past');
    await expect(
      call(core, 'journeys.publish', { id: d.id, scheduledStart: '2029-01-01T00:00:00.000Z' }),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'scheduledStart' });
    expect((await call(core, 'journeys.get', { id: d.id })).status).toBe('Draft');
    await core.close();
  });
});
