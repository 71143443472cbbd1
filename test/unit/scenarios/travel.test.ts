import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scenariosDir } from '../../../electron/core/scenarios';
import { openCore, type Core } from '../../../electron/core/core';
import { useTempDirs } from '../../helpers/temp-dir';
import { call } from '../helpers/call';

const tempDir = useTempDirs();
const cores: Core[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
});

const scenario = {
  schemaVersion: 1,
  name: 'Launch week',
  population: {
    kind: 'synthetic',
    accounts: 100,
    peoplePerAccount: { min: 1, max: 1 },
  },
  horizonDays: 14,
  seed: 3,
};

describe('saved scenarios and speaker notes follow the journey', () => {
  it('are copied to a new version and a partial duplicate, not to a structure-only one, and go with a delete', async () => {
    const core = await openCore({ dataDir: tempDir(), mode: 'cli', empty: false, user: 'tester' });
    cores.push(core);
    const list = await call(core, 'journeys.list', {});
    const source = list.find((j) => j.name === 'Trial onboarding')!;
    await core.dispatch('scenarios.save', { journeyId: source.id, scenario });
    const full = await call(core, 'journeys.get', { id: source.id });
    await core.dispatch('presentation.save', {
      journeyId: source.id,
      notes: { [full.nodes[0].id]: 'Everyone starting a trial enters here.' },
    });
    const notes = async (id: string) =>
      (await call(core, 'presentation.get', { journeyId: id })).notes;
    const names = async (id: string) =>
      (await call(core, 'scenarios.list', { journeyId: id })).map((s) => s.name);

    const partial = await call(core, 'journeys.duplicate', {
      id: source.id,
      name: 'Copy A',
      description: '',
      type: 'partial',
    });
    const bare = await call(core, 'journeys.duplicate', {
      id: source.id,
      name: 'Copy B',
      description: '',
      type: 'withoutDetails',
    });
    expect(await names(partial.id)).toEqual(['Launch week']);
    expect(await names(bare.id)).toEqual([]);
    expect(Object.values(await notes(partial.id))).toEqual([
      'Everyone starting a trial enters here.',
    ]);
    expect(await notes(bare.id)).toEqual({});

    await core.dispatch('journeys.publish', { id: source.id });
    const v2 = await call(core, 'journeys.createVersion', { id: source.id });
    expect(await names(v2.id)).toEqual(['Launch week']);
    expect(Object.keys(await notes(v2.id))).toEqual([full.nodes[0].id]);

    await core.dispatch('journeys.delete', { id: partial.id });
    expect(existsSync(join(scenariosDir(core.context.dataDir), `${partial.id}.json`))).toBe(false);
    expect(existsSync(join(scenariosDir(core.context.dataDir), `${source.id}.json`))).toBe(true);
    expect(existsSync(join(core.context.dataDir, 'presentations', `${partial.id}.json`))).toBe(
      false,
    );
  });
});
