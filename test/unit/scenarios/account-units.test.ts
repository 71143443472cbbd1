import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import type { Journey } from '../../../shared/model';
import { formatCount, type SimulationResult } from '../../../shared/simulation';
import type { InputOf } from '../../../shared/contract';
import { call as callOn, type TypedCall } from '../helpers/call';
import { cliIn, runSettled } from '../helpers/cli-core';

type ScenarioInput = InputOf<'scenarios.save'>['scenario'];

// Issue 17 through the real core and CLI: account units on every output, unconfigured steps
// skipped (a Draft with them runs), structural problems and bad scenarios refused.

let core: Core;
let dir: string;
let nurture: Journey;
const call: TypedCall = (channel, input) => callOn(core, channel, input);
const scenario: ScenarioInput = {
  schemaVersion: 1,
  name: 'Units',
  population: {
    kind: 'synthetic',
    accounts: 300,
    peoplePerAccount: { min: 2, max: 4 },
    personAttributes: {
      jobLevel: {
        kind: 'categorical',
        values: [
          { value: 'Executive', weight: 1 },
          { value: 'Manager', weight: 2 },
        ],
      },
    },
  },
  horizonDays: 20,
  seed: 5,
};

const waitDone = (runId: string) => runSettled(call, runId);

async function run(journeyId: string, input: ScenarioInput = scenario): Promise<SimulationResult> {
  const { runId } = await call('simulation.start', {
    journeyId,
    scenario: input,
  });
  const s = await waitDone(runId);
  if (!s.result) throw new Error(`run ${s.state}: ${s.error?.message}`);
  return s.result;
}

const cli = (argv: string[]) => cliIn(dir, argv);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sim-units-'));
  core = await openCore({ dataDir: dir, mode: 'cli', user: 'tester', lock: false });
  const list = await call('journeys.list', {});
  nurture = await call('journeys.get', {
    id: list.find((j) => j.name.startsWith('Buying group nurture'))?.id ?? '',
  });
});
afterAll(() => core.close());

describe('account journeys through the core', () => {
  it('counts each account once at the merge and after it; people beside accounts', async () => {
    const r = await run(nurture.id);
    const byId = new Map(r.nodes.map((n) => [n.nodeId, n]));
    expect(r.profiles.admitted).toBe(300);
    for (const n of r.nodes) expect(n.entered).toBeLessThanOrEqual(300);
    expect(byId.get('merge')).toMatchObject({ entered: 300, completed: 300 });
    expect(byId.get('alert')?.entered).toBe(300);
    expect(byId.get('exit')?.entered).toBe(300);
    expect(byId.get('exit')?.people?.entered).toBe(r.people?.admitted);
    // Every account passes the alert once, with all of its people.
    expect(r.actions.byAction['send-sales-alert']).toEqual({
      label: 'Send Sales Alert',
      unit: 'account',
      count: 300,
      times: 300,
    });
  });

  it('runs a Draft whose steps are unconfigured, skipping and counting them', async () => {
    const created = await call('journeys.create', {
      name: 'Unconfigured steps',
      audience: 'account',
    });
    const nodes = nurture.nodes.map((n) =>
      n.id === 'alert' && n.type === 'action'
        ? { ...n, settings: { ...n.settings, actionId: null, params: {} } }
        : n,
    );
    const draft = await call('journeys.save', {
      id: created.id,
      baseRevision: created.revision,
      body: { nodes, edges: nurture.edges, content: [] },
    });
    const r = await run(draft.id);
    const alert = r.nodes.find((n) => n.nodeId === 'alert');
    expect(alert).toMatchObject({
      entered: 300,
      skipped: 300,
      completed: 0,
      skipReason: 'no action chosen',
    });
    expect(r.warnings.find((w) => w.nodeId === 'alert')?.message).toBe(
      // The banner's words: the accounts with the people on them, every one of them skipped.
      `Skipped: 300 accounts · ${formatCount(alert?.people?.entered ?? -1)} people — no action chosen.`,
    );
    expect(alert?.people?.skipped).toBe(alert?.people?.entered);
    expect(r.actions.byAction['send-sales-alert']).toBeUndefined();
  });

  it('still refuses structural problems: a split by people without its merge', async () => {
    const created = await call('journeys.create', {
      name: 'No merge',
      audience: 'account',
    });
    const edges = nurture.edges.map((e) => (e.source === 'score' ? { ...e, target: 'alert' } : e));
    const broken = await call('journeys.save', {
      id: created.id,
      baseRevision: created.revision,
      body: { nodes: nurture.nodes, edges, content: [] },
    });
    await expect(
      call('simulation.start', { journeyId: broken.id, scenario }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(
        /Decision makers\?: The split by people "Decision makers\?" is not closed by one Merge paths node/,
      ),
    });
  });

  it('refuses a population without people for a split by people, naming the field', async () => {
    const none: ScenarioInput = {
      ...scenario,
      population: { kind: 'synthetic', accounts: 10, peoplePerAccount: { min: 0, max: 0 } },
    };
    await expect(
      call('simulation.start', { journeyId: nurture.id, scenario: none }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'scenario.population.peoplePerAccount',
    });
  });
});

describe('journey-studio simulate on an account journey', () => {
  it('states units in the table, the CSV and the JSON', async () => {
    await core.close();
    const file = join(dir, 'units.json');
    writeFileSync(file, JSON.stringify(scenario));
    const plain = await cli(['simulate', nurture.id, '--scenario', file]);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/300 accounts · [\d,]+ people admitted/);
    expect(plain.out).toMatch(/Entered \(accounts\).*Entered \(people\)/);
    expect(plain.out).toMatch(/Merge paths\s+merge\s+accounts\s+300\s+300/);
    // The whole account enters a split by people, which divides its people among its paths.
    expect(plain.out).toMatch(/Decision makers\?\s+split\s+accounts \(divides people\)\s+300\s/);
    const csv = await cli(['simulate', nurture.id, '--scenario', file, '--csv']);
    const [head, ...rows] = csv.out.trim().split('\r\n');
    expect(head).toBe(
      'node_id,node,type,acts_on,accounts_entered,accounts_completed,accounts_skipped,accounts_waiting,accounts_exited,people_entered,people_completed,people_skipped,people_waiting,people_exited,skip_reason',
    );
    expect(rows.find((r) => r.startsWith('merge,'))).toMatch(
      /^merge,Merge paths,merge,accounts,300,300,0,0,0,/,
    );
    const json = JSON.parse(
      (await cli(['simulate', nurture.id, '--scenario', file, '--json'])).out,
    ) as SimulationResult;
    expect(json.unit).toBe('account');
    // Each node says what its counts count, so "level": "people" cannot make accounts read as people.
    expect(new Set(json.nodes.map((n) => n.unit))).toEqual(new Set(['account']));
    // The merge's groups are people groups, not accounts: they name their own unit.
    expect(json.nodes.find((n) => n.nodeId === 'merge')).toMatchObject({
      unit: 'account',
      groups: expect.any(Number),
      groupsUnit: 'people group',
    });
    expect(json.people?.admitted).toBeGreaterThanOrEqual(600);
    core = await openCore({ dataDir: dir, mode: 'cli', user: 'tester', lock: false });
  });
});
