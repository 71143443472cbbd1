import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import type { InputOf } from '../../../shared/contract';
import type { Journey } from '../../../shared/model';
import { journeyPrint, lastRunStaleness, type SimulationResult } from '../../../shared/simulation';
import { chain, edge, entry, exit, wait } from '../helpers/journey-builder';
import { call as callOn, waitForRun, type TypedCall } from '../helpers/call';

type ScenarioInput = InputOf<'simulation.saveWorkingCopy'>['scenario'];

let core: Core;
let dir: string;
let trial: Journey;
let result: SimulationResult;
const open = () => openCore({ dataDir: dir, mode: 'cli', user: 'tester', lock: false });
const call: TypedCall = (channel, input) => callOn(core, channel, input);
const base: ScenarioInput = {
  schemaVersion: 1,
  name: 'Base',
  population: { kind: 'synthetic', accounts: 200 },
  horizonDays: 10,
  seed: 5,
};
const fileOf = (id: string) => join(dir, 'last-runs', `${id}.json`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'last-run-'));
  core = await open();
  const list = await call('journeys.list', {});
  trial = await call('journeys.get', {
    id: list.find((j) => j.name === 'Trial onboarding')?.id ?? '',
  });
  const { runId } = await call('simulation.start', { journeyId: trial.id, scenario: base });
  const status = await waitForRun(call, runId);
  result = status.result!;
});
afterAll(() => core.close());

describe('the Simulate panel memory (simulation.memory, saveWorkingCopy, saveLastRun)', () => {
  it('remembers nothing for a journey never simulated', async () => {
    await expect(call('simulation.memory', { journeyId: trial.id })).resolves.toEqual({
      workingCopy: null,
      lastRun: null,
    });
  });

  it('keeps the working copy and the last run beside the journey, across a restart', async () => {
    const edited = { ...base, name: 'Edited', seed: 9 };
    await call('simulation.saveWorkingCopy', { journeyId: trial.id, scenario: edited });
    const before = Date.now();
    const kept = await call('simulation.saveLastRun', {
      journeyId: trial.id,
      journeyRevision: trial.revision,
      scenario: base,
      result,
    });
    // Saving the run leaves the working copy as it was.
    expect(kept.workingCopy).toMatchObject({ name: 'Edited', seed: 9 });
    expect(kept.lastRun?.scenario).toMatchObject({ name: 'Base', seed: 5 });
    expect(Date.parse(kept.lastRun!.ranAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(existsSync(fileOf(trial.id))).toBe(true);

    await core.close();
    core = await open();
    const back = await call('simulation.memory', { journeyId: trial.id });
    expect(back).toEqual(kept);
    // The result exactly as run: 200 profiles entered at the Entry.
    expect(back.lastRun?.result.nodes.find((n) => n.nodeId === 'entry')?.entered).toBe(200);
    expect(back.lastRun?.journeyRevision).toBe(trial.revision);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const bytes = readFileSync(fileOf(trial.id), 'utf8');
    const ok = { journeyId: trial.id, journeyRevision: trial.revision, scenario: base, result };
    const { nodes: _dropped, ...noNodes } = result;
    const refusals: [InputOf<'simulation.saveLastRun'>, string, RegExp][] = [
      [{ ...ok, result: noNodes as SimulationResult }, 'result.nodes', /result\.nodes/],
      [{ ...ok, result: { ...result, journeyId: 'other' } }, 'result.journeyId', /another journey/],
      [{ ...ok, journeyRevision: trial.revision + 5 }, 'journeyRevision', /no revision/],
      [{ ...ok, journeyRevision: 0 }, 'journeyRevision', /journeyRevision/],
      [{ ...ok, scenario: { ...base, horizonDays: 0 } }, 'scenario.horizonDays', /horizonDays/],
    ];
    for (const [input, field, message] of refusals)
      await expect(call('simulation.saveLastRun', input), field).rejects.toMatchObject({
        code: 'invalid_input',
        field,
        message: expect.stringMatching(message),
      });
    await expect(
      call('simulation.saveWorkingCopy', {
        journeyId: trial.id,
        scenario: { ...base, population: { kind: 'synthetic', accounts: -1 } },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', field: 'scenario.population.accounts' });
    await expect(call('simulation.memory', { journeyId: 'no-such-journey' })).rejects.toMatchObject(
      { code: 'not_found' },
    );
    expect(readFileSync(fileOf(trial.id), 'utf8')).toBe(bytes);
  });

  it('reads a file it cannot parse (an older result shape) as nothing remembered', async () => {
    const other = await call('journeys.create', { name: 'Unreadable memory', audience: 'people' });
    writeFileSync(fileOf(other.id), '{"schemaVersion":1,"journeyId":"x","lastRun":{"result":7}}');
    await expect(call('simulation.memory', { journeyId: other.id })).resolves.toEqual({
      workingCopy: null,
      lastRun: null,
    });
  });

  it('goes when the journey is deleted; a duplicate starts with none', async () => {
    const copy = await call('journeys.duplicate', {
      id: trial.id,
      name: 'Trial copy',
      type: 'partial',
    });
    await expect(call('simulation.memory', { journeyId: copy.id })).resolves.toEqual({
      workingCopy: null,
      lastRun: null,
    });
    await call('journeys.delete', { id: trial.id });
    expect(existsSync(fileOf(trial.id))).toBe(false);
  });
});

describe('lastRunStaleness', () => {
  const flow = {
    nodes: [entry('in'), wait('w', 3), exit('out')],
    edges: chain(entry('in'), wait('w', 3), exit('out')),
    content: [],
  };
  const journey = (revision: number, body = flow) => ({ revision, ...body });
  const run = { journeyRevision: 4, scenario: { ...base, expected: undefined } } as const;
  const printed = { ...run, journeyPrint: journeyPrint(flow) };
  const parsed = {
    seed: 5,
    horizonDays: 10,
    name: 'Base',
    schemaVersion: 1 as const,
    population: base.population,
  };
  it('is current when the journey revision and the scenario (in any key order) are the same', () => {
    expect(lastRunStaleness(run as never, journey(4), parsed as never)).toBeNull();
    expect(lastRunStaleness(run as never, journey(4), null)).toBeNull();
  });
  it('says what changed', () => {
    expect(lastRunStaleness(run as never, journey(5), parsed as never)).toBe(
      'the journey changed since',
    );
    const reseeded = { ...parsed, seed: 6 };
    expect(lastRunStaleness(run as never, journey(4), reseeded as never)).toBe(
      'the scenario settings changed since',
    );
    expect(lastRunStaleness(run as never, journey(5), reseeded as never)).toBe(
      'the journey and the scenario changed since',
    );
  });
  it('with the journey as run, stays current when only cards moved, and is stale when a setting changed', () => {
    const moved = {
      ...flow,
      nodes: flow.nodes.map((n) => ({ ...n, position: { x: n.position.x + 40, y: 7 } })),
    };
    expect(lastRunStaleness(printed as never, journey(9, moved), null)).toBeNull();
    const longerWait = { ...flow, nodes: [flow.nodes[0], wait('w', 4), flow.nodes[2]] };
    expect(lastRunStaleness(printed as never, journey(4, longerWait), null)).toBe(
      'the journey changed since',
    );
    const rewired = { ...flow, edges: [edge('in', 'out')] };
    expect(lastRunStaleness(printed as never, journey(4, rewired), null)).toBe(
      'the journey changed since',
    );
  });
});
