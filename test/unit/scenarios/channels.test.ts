import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import type { Journey } from '../../../shared/model';
import type { InputOf } from '../../../shared/contract';
import { call as callOn, type TypedCall } from '../helpers/call';
import { cliIn, runSettled } from '../helpers/cli-core';

type ScenarioInput = InputOf<'scenarios.save'>['scenario'];

let core: Core;
let dir: string;
let trial: Journey;
const call: TypedCall = (channel, input) => callOn(core, channel, input);
const base: ScenarioInput = {
  schemaVersion: 1,
  name: 'Base',
  population: { kind: 'synthetic', accounts: 500 },
  horizonDays: 20,
  seed: 3,
};

/** The three problems of the bad scenario below, each naming its field. */
const BAD_SCENARIO_PROBLEMS = [
  `scenario.population.accounts: Too small: expected number to be >=0`,
  `scenario.horizonDays: Too small: expected number to be >=1`,
  `scenario.seed: Invalid input: expected int, received number`,
];

const waitDone = (runId: string) => runSettled(call, runId);

const cli = (argv: string[]) => cliIn(dir, argv);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sim-channels-'));
  core = await openCore({ dataDir: dir, mode: 'cli', user: 'tester', lock: false });
  const list = await call('journeys.list', {});
  trial = await call('journeys.get', {
    id: list.find((j) => j.name === 'Trial onboarding')?.id ?? '',
  });
});
afterAll(() => core.close());

describe('simulation channels', () => {
  it('saves scenarios per journey and runs a saved one in a worker', async () => {
    const saved = await call('scenarios.save', {
      journeyId: trial.id,
      scenario: base,
    });
    expect(saved.map((s) => s.name)).toEqual(['Base']);
    const { runId } = await call('simulation.start', {
      journeyId: trial.id,
      scenarioName: 'Base',
    });
    const status = await waitDone(runId);
    expect(status.state).toBe('done');
    expect(status.progress).toBe(1);
    expect(status.result?.nodes.find((n) => n.nodeId === 'entry')?.entered).toBe(500);
  });

  it('refuses a journey with blocking problems, listing them', async () => {
    const created = await call('journeys.create', {
      name: 'Broken for sim',
      audience: 'people',
    });
    const { nodes, edges, content } = trial;
    // An edge to nowhere: the wait for event's timeout output is left unconnected and one edge dangles.
    const body = {
      nodes,
      edges: [
        ...edges,
        { id: 'dangling', source: 'welcome', sourceHandle: 'out', target: 'missing' },
      ],
      content,
    };
    const broken = await call('journeys.save', {
      id: created.id,
      baseRevision: created.revision,
      body,
    });
    await expect(
      call('simulation.start', { journeyId: broken.id, scenario: base }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/blocking problem/),
    });
  });

  it('refuses absurd sizes before running', async () => {
    const huge: ScenarioInput = {
      ...base,
      population: { kind: 'synthetic', accounts: 10_000_000 },
    };
    await expect(
      call('simulation.start', { journeyId: trial.id, scenario: huge }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/at most 5,000,000/),
    });
  });

  it('cancels a run', async () => {
    const big: ScenarioInput = {
      ...base,
      population: { kind: 'synthetic', accounts: 3_000_000 },
      horizonDays: 3000,
      entry: { pattern: 'perDay', perDay: 1000 },
    };
    const { runId } = await call('simulation.start', {
      journeyId: trial.id,
      scenario: big,
    });
    await call('simulation.cancel', { runId });
    expect((await waitDone(runId)).state).toBe('cancelled');
  });

  it('rehearses a soft stop onto a new version', async () => {
    const created = await call('journeys.create', {
      name: 'Trial onboarding v2 sim',
      audience: 'people',
    });
    const body = { nodes: trial.nodes, edges: trial.edges, content: trial.content };
    const copy = await call('journeys.save', {
      id: created.id,
      baseRevision: created.revision,
      body,
    });
    const scenario: ScenarioInput = { ...base, entry: { pattern: 'perDay', perDay: 50 } };
    const { runId } = await call('simulation.start', {
      journeyId: trial.id,
      scenario,
      softStopOnto: { journeyId: copy.id, atDay: 4 },
    });
    const s = await waitDone(runId);
    expect(s.state).toBe('done');
    // 50 a day: the old version admits days 1–3 (150), the new one from the start of day 4 (350).
    expect([s.result?.profiles.admitted, s.successor?.profiles.admitted]).toEqual([150, 350]);
  });

  it('refuses a bad scenario naming every problem with its field, running nothing', async () => {
    const before = await call('scenarios.list', { journeyId: trial.id });
    const bad = {
      ...base,
      population: { kind: 'synthetic', accounts: -5 },
      horizonDays: 0,
      seed: 1.5,
    };
    const refused = await call('simulation.start', {
      journeyId: trial.id,
      scenario: bad as unknown as ScenarioInput,
    }).then(
      () => null,
      (e: Error) => e,
    );
    expect(refused?.message.split('; ')).toEqual(BAD_SCENARIO_PROBLEMS);
    expect(await call('scenarios.list', { journeyId: trial.id })).toEqual(before);
  });

  it('parses CSV with row-level errors; nothing until fixed or excluded', async () => {
    const csv = 'email,score,acct\na@x,10,A\nb@x,ten,A\nc@x,,B\n';
    const mapping: InputOf<'populations.parseCsv'>['mapping'] = {
      columns: [
        { column: 'email', attribute: 'email', required: true },
        { column: 'score', attribute: 'score', type: 'number', required: true },
      ],
      accountKey: 'acct',
    };
    const strict = await call('populations.parseCsv', { csv, mapping });
    expect(strict.rows).toEqual([]);
    expect(strict.errors).toEqual([
      { row: 3, column: 'score', message: 'score: "ten" is not a number' },
      { row: 4, column: 'score', message: 'score is required but empty' },
    ]);
    const lenient = await call('populations.parseCsv', {
      csv,
      mapping,
      excludeBadRows: true,
    });
    expect(lenient.rows).toEqual([{ email: 'a@x', score: 10, acct: 'A' }]);
    expect(lenient.excludedRows).toBe(2);
    const missing = await call('populations.parseCsv', {
      csv,
      mapping: { columns: [{ column: 'nope', attribute: 'x' }] },
    });
    expect(missing.errors).toEqual([
      { row: 1, column: 'nope', message: 'The file has no column "nope".' },
    ]);
  });
});

describe('journey-studio simulate', () => {
  it('prints a table, and --check lists each difference with exit 1', async () => {
    await core.close();
    const file = join(dir, 'scenario.json');
    writeFileSync(file, JSON.stringify(base));
    const plain = await cli(['simulate', trial.id, '--scenario', file]);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/Send welcome email\s+action\s+people\s+500\s+500/);
    const noExpected = await cli(['simulate', trial.id, '--scenario', file, '--check']);
    expect(noExpected.code).toBe(2);
    const json = JSON.parse(
      (await cli(['simulate', trial.id, '--scenario', file, '--json'])).out,
    ) as {
      nodes: Array<{
        nodeId: string;
        entered: number;
        completed: number;
        skipped: number;
        waiting: number;
      }>;
    };
    const expected = Object.fromEntries(
      json.nodes.map((n) => [
        n.nodeId,
        { entered: n.entered, completed: n.completed, skipped: n.skipped, waiting: n.waiting },
      ]),
    );
    writeFileSync(file, JSON.stringify({ ...base, expected }));
    expect((await cli(['simulate', trial.id, '--scenario', file, '--check'])).code).toBe(0);
    writeFileSync(
      file,
      JSON.stringify({
        ...base,
        expected: { ...expected, welcome: { ...expected.welcome, entered: 499 } },
      }),
    );
    const failed = await cli(['simulate', trial.id, '--scenario', file, '--check']);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain(
      'Send welcome email (welcome) entered: expected 499 people, got 500 people',
    );
    core = await openCore({ dataDir: dir, mode: 'cli', user: 'tester', lock: false });
  }, 120_000); // five runs, each in a simulation worker as the app runs them
});

describe('journey-studio simulate with a bad scenario file', () => {
  it('names every problem with its field in one error and prints no result', async () => {
    await core.close();
    const file = join(dir, 'bad-scenario.json');
    const bad = {
      ...base,
      population: { kind: 'synthetic', accounts: -5 },
      horizonDays: 0,
      seed: 1.5,
    };
    writeFileSync(file, JSON.stringify(bad));
    const run = await cli(['simulate', trial.id, '--scenario', file]);
    expect([run.code, run.out]).toEqual([2, '']);
    expect(
      run.err
        .replace(/^journey-studio simulate: /, '')
        .trim()
        .split('; '),
    ).toEqual(BAD_SCENARIO_PROBLEMS);
  });
});

describe('a scenario with misspelt fields is refused, not run on defaults (issue #17)', () => {
  // The tester's file: "horizonDay" beside horizonDays, "emailOpn" in behaviour, and a bad seed.
  const typo = {
    ...base,
    behaviour: { emailOpen: 0.3, emailOpn: 0.9 },
    horizonDay: 5,
    population: { kind: 'synthetic', accounts: 10, sizeOfAccount: 3 },
    seed: 1.5,
  };
  const problems = [
    'scenario.behaviour.emailOpn: unknown field (did you mean emailOpen?)',
    'scenario.horizonDay: unknown field (did you mean horizonDays?)',
    'scenario.population.sizeOfAccount: unknown field',
    'scenario.seed: Invalid input: expected int, received number',
  ];
  const sorted = (message: string | undefined) => (message ?? '').split('; ').sort();

  it('by simulation.start and scenarios.save, listing every unknown key with the other problems', async () => {
    const before = await call('scenarios.list', { journeyId: trial.id });
    for (const channel of ['simulation.start', 'scenarios.save'] as const) {
      const refused = await call(channel, {
        journeyId: trial.id,
        scenario: typo as unknown as ScenarioInput,
      }).then(
        () => null,
        (e: Error) => e,
      );
      expect(sorted(refused?.message)).toEqual(problems);
    }
    expect(await call('scenarios.list', { journeyId: trial.id })).toEqual(before);
  });

  it('by simulate --scenario, exit 2', async () => {
    const file = join(dir, 'typo.json');
    writeFileSync(file, JSON.stringify(typo));
    const run = await cli(['simulate', trial.id, '--scenario', file]);
    expect([run.code, run.out]).toEqual([2, '']);
    expect(sorted(run.err.replace(/^journey-studio simulate: /, '').trim())).toEqual(problems);
  });

  it('a scenario with known fields only still runs', async () => {
    const file = join(dir, 'clean.json');
    writeFileSync(file, JSON.stringify({ ...base, behaviour: { emailOpen: 0.3 } }));
    expect((await cli(['simulate', trial.id, '--scenario', file])).code).toBe(0);
  });
});

describe('people journeys (issue #17)', () => {
  it('simulate --json: every node of a people journey acts on people', async () => {
    expect(trial.audience).not.toBe('account');
    const file = join(dir, 'people.json');
    writeFileSync(file, JSON.stringify(base));
    const result = JSON.parse(
      (await cli(['simulate', trial.id, '--scenario', file, '--json'])).out,
    );
    expect(result.unit).toBe('person');
    expect(result.nodes.length).toBe(trial.nodes.length);
    expect(new Set(result.nodes.map((n: { level: string }) => n.level))).toEqual(
      new Set(['people']),
    );
  });

  it('population.profiles, the word the result uses, sizes a people journey', async () => {
    const file = join(dir, 'profiles.json');
    writeFileSync(
      file,
      JSON.stringify({ ...base, population: { kind: 'synthetic', profiles: 50 } }),
    );
    const run = await cli(['simulate', trial.id, '--scenario', file, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out);
    // 50 profiles of one person each: every one of them arrives or is refused, none more.
    expect(result.profiles.admitted + result.profiles.notAdmitted).toBe(50);
  });

  it('a truly unknown population field is still refused by name', async () => {
    const file = join(dir, 'people-typo.json');
    writeFileSync(
      file,
      JSON.stringify({ ...base, population: { kind: 'synthetic', acounts: 50 } }),
    );
    const run = await cli(['simulate', trial.id, '--scenario', file]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      'scenario.population.acounts: unknown field (did you mean accounts?)',
    );
  });
});

it('simulate --scenario refuses 0 accounts (issue #17)', async () => {
  const file = join(dir, 'zero.json');
  writeFileSync(file, JSON.stringify({ ...base, population: { kind: 'synthetic', accounts: 0 } }));
  const run = await cli(['simulate', trial.id, '--scenario', file]);
  expect([run.code, run.err.trim()]).toEqual([
    2,
    'journey-studio simulate: scenario.population.accounts: must be at least 1',
  ]);
});

describe('simulate --scenario: one message per field, naming its path (issue #17)', () => {
  const refusal = async (name: string, scenario: unknown) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(scenario));
    const run = await cli(['simulate', trial.id, '--scenario', file]);
    return [run.code, run.err.trim()];
  };
  it('accounts -5 gives the one limit the app gives, not two contradicting ones', async () => {
    expect(
      await refusal('minus', { ...base, population: { kind: 'synthetic', accounts: -5 } }),
    ).toEqual([2, 'journey-studio simulate: scenario.population.accounts: must be at least 1']);
  });
  it('10,000,000 accounts names the field', async () => {
    expect(
      await refusal('huge', { ...base, population: { kind: 'synthetic', accounts: 10_000_000 } }),
    ).toEqual([
      2,
      'journey-studio simulate: scenario.population.accounts: The population has 10,000,000 accounts; the simulator accepts at most 5,000,000.',
    ]);
  });
  it('a negative weight and all-zero weights name the attribute', async () => {
    const attrs = (values: { value: string; weight: number | string }[]) => ({
      ...base,
      population: {
        kind: 'synthetic',
        accounts: 5,
        personAttributes: { jobLevel: { kind: 'categorical', values } },
      },
    });
    expect(await refusal('minus-weight', attrs([{ value: 'Executive', weight: -1 }]))).toEqual([
      2,
      // The scenario form's words first ("jobLevel: …"), then the field's path, as the CLI names fields.
      'journey-studio simulate: jobLevel: the weight of Executive ("-1") must be a number, 0 or more (scenario.population.personAttributes.jobLevel.values)',
    ]);
    // Several refused weights: every one named in one line, in the scenario form's words.
    expect(
      await refusal(
        'bad-weights',
        attrs([
          { value: 'Executive', weight: 'x' },
          { value: 'Manager', weight: -3 },
          { value: 'Individual contributor', weight: 2 },
        ]),
      ),
    ).toEqual([
      2,
      'journey-studio simulate: jobLevel: the weights of Executive ("x") and Manager ("-3") must be numbers, 0 or more (scenario.population.personAttributes.jobLevel.values)',
    ]);
    expect(
      await refusal(
        'zero-weights',
        attrs([
          { value: 'Executive', weight: 0 },
          { value: 'Manager', weight: 0 },
        ]),
      ),
    ).toEqual([
      2,
      'journey-studio simulate: scenario.population.personAttributes.jobLevel.values: at least one weight must be above 0',
    ]);
  });
});

describe('settings that make no sense together (issue #17)', () => {
  it('clicks above opens is refused naming Email clicked, in the form’s words; nothing runs', async () => {
    const file = join(dir, 'clicks.json');
    writeFileSync(
      file,
      JSON.stringify({ ...base, behaviour: { emailOpen: 0.03, emailClick: 0.05 } }),
    );
    const run = await cli(['simulate', trial.id, '--scenario', file]);
    expect([run.code, run.err.trim(), run.out]).toEqual([
      2,
      'journey-studio simulate: scenario.behaviour.emailClick: Email clicked (5%) is more than Email opened (3%): an email cannot be clicked more often than it is opened',
      '',
    ]);
  });
  it('a close day after the horizon runs, with a warning naming the field', async () => {
    const file = join(dir, 'late-close.json');
    // base: 20 days simulated; closing on day 120 never happens in this run.
    writeFileSync(file, JSON.stringify({ ...base, lifecycle: { closeAtDay: 120 } }));
    const run = await cli(['simulate', trial.id, '--scenario', file, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as { warnings: { code: string; message: string }[] };
    expect(result.warnings).toContainEqual({
      code: 'close_after_horizon',
      message:
        'Close to new entries on day 120 is after the last simulated day (20): the journey never closes in this run',
    });
    // Day 20 is still simulated: closing then is no warning.
    writeFileSync(file, JSON.stringify({ ...base, lifecycle: { closeAtDay: 20 } }));
    const onTime = await cli(['simulate', trial.id, '--scenario', file, '--json']);
    expect(
      (JSON.parse(onTime.out) as { warnings: { code: string }[] }).warnings,
    ).not.toContainEqual(expect.objectContaining({ code: 'close_after_horizon' }));
  });
});
