import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { dataPaths } from '../../../electron/core/store/data-dir';
import { main } from '../../../electron/host/cli';
import { CHANNELS } from '../../../shared/contract';
import type { Journey } from '../../../shared/model';
import { recordFigures } from '../../reliability/figures';
import { scaled, SEED } from '../../reliability/scale';
import { useTempDirs } from '../../helpers/temp-dir';
import { fillEntry } from '../helpers/entry-audience';
import { preview, settle, statSnapshot } from './fuzz-helpers';
import { hostileValue } from './mutations';
import { call } from '../helpers/call';

const RUNS = scaled(1_000);
const CALL_LIMIT_MS = 10_000;
const tempDir = useTempDirs();
const figures = { cases: 0, ok: 0, refused: 0, failures: 0, started: performance.now() };

afterAll(() => {
  recordFigures({
    surface: 'cli',
    title: 'CLI arguments (main(argv) in-process)',
    cases: figures.cases,
    failures: figures.failures,
    seconds: Math.round((performance.now() - figures.started) / 100) / 10,
    details: {
      'commands that succeeded': figures.ok,
      'commands refused with a clear error': figures.refused,
    },
  });
});

// serve runs until a signal; push, pull and `remote test` go to the network: tested elsewhere.
const COMMANDS = [
  'call',
  'validate',
  'catalog',
  'simulate',
  'export',
  'import',
  'remote',
  'help',
  '--help',
  'nope',
  '',
];
const FLAGS = [
  '--json',
  '--empty',
  '--versions',
  '--dry-run',
  '--check',
  '--policy',
  '--scenario',
  '--scenario-name',
  '-o',
  '--output',
  '--label',
  '--token',
  '--remote',
  '--port',
  '--host',
  '--',
  '-x',
  '--no-such-flag',
];

/** Files a fuzzed argument may name: broken and valid-looking inputs. */
function writeInputs(dir: string, journey: Journey): string[] {
  const files: Record<string, string> = {
    'corrupt.json': '{"nodes": [',
    'journey.json': JSON.stringify(journey),
    'not-a-journey.json': '{"hello": "world"}',
    'junk.journeys.zip': 'PK\u0003\u0004 this is not a zip',
    'empty.journeys.zip': '',
    'scenario.json': JSON.stringify({
      schemaVersion: 1,
      seed: 1,
      horizonDays: 30,
      population: { kind: 'synthetic', accounts: 10 },
    }),
    'huge-scenario.json': JSON.stringify({
      schemaVersion: 1,
      seed: 1,
      horizonDays: 30,
      population: { kind: 'synthetic', accounts: 1e12 },
    }),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return [...Object.keys(files).map((n) => join(dir, n)), join(dir, 'missing.json'), dir];
}

/** A hostile value as a command-line word (JSON when it has a JSON form). */
function asArgument(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return preview(value); // BigInt, null-prototype objects: any words will do
  }
}

/** Keeps fuzzed arguments inside the temp folders: the data directory and any output file are ours. */
function confine(argv: string[], dataDir: string, outFile: string): string[] {
  const out: string[] = [];
  for (const token of argv) {
    if (token.startsWith('--data-dir')) continue;
    if (token.startsWith('-o') || token.startsWith('--output')) out.push('-o', outFile);
    else if (token === 'test')
      out.push('list'); // `remote test` would go to the network
    else out.push(token);
  }
  const [command = '', ...rest] = out;
  return [command, '--data-dir', dataDir, ...rest];
}

describe('CLI fuzzing', () => {
  it(`${RUNS} argument lists: exit 0, 1 or 2 with a clear message, never a crash, a hang or a change when refused`, async () => {
    const dataDir = tempDir();
    const work = tempDir();
    const core = await openCore({ dataDir, mode: 'cli', empty: true, user: 'fuzzer' });
    const draft = await call(core, 'journeys.create', {
      name: 'Draft one',
      audience: 'people',
    });
    const live = await call(core, 'journeys.create', {
      name: 'Live one',
      audience: 'account',
    });
    await fillEntry((channel, input) => core.dispatch(channel, input), live);
    await core.dispatch('journeys.publish', { id: live.id });
    await core.close();
    const files = writeInputs(work, draft);
    const outDir = join(work, 'out');
    mkdirSync(outDir);
    const token = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FLAGS) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          ...CHANNELS,
          draft.id,
          live.id,
          'skip',
          'overwrite',
          'copy',
          'add',
          'list',
          'remove',
          'token',
          'create',
          'revoke',
          'http://127.0.0.1:1/',
        ),
      },
      { weight: 2, arbitrary: fc.constantFrom(...files) },
      { weight: 2, arbitrary: hostileValue.map(asArgument) },
      { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    );
    const anyWords = fc
      .tuple(
        fc.oneof(fc.constantFrom(...COMMANDS), fc.string({ maxLength: 8 })),
        fc.array(token, { maxLength: 7 }),
      )
      .map(([c, t]) => [c, ...t]);
    // Well-formed calls with hostile inputs reach the core, not only the argument parser.
    const calls = fc
      .tuple(
        fc.constantFrom(...CHANNELS),
        fc.oneof(hostileValue, fc.record({ id: fc.constantFrom(draft.id, live.id) })),
        fc.boolean(),
      )
      .map(([channel, input, json]) => [
        'call',
        channel,
        asArgument(input),
        ...(json ? ['--json'] : []),
      ]);
    const commands = fc
      .tuple(
        fc.constantFrom('validate', 'simulate', 'export', 'import'),
        fc.constantFrom(draft.id, live.id, ...files),
        fc.array(token, { maxLength: 3 }),
      )
      .map(([c, target, rest]) => [c, target, ...rest]);
    const argv = fc.oneof(
      { weight: 2, arbitrary: anyWords },
      { weight: 2, arbitrary: calls },
      { weight: 1, arbitrary: commands },
    );

    await fc
      .assert(
        fc.asyncProperty(argv, async (raw) => {
          figures.cases += 1;
          const outFile = join(
            outDir,
            `out-${figures.cases}${figures.cases % 2 ? '.json' : '.journeys.zip'}`,
          );
          const args = confine(raw, dataDir, outFile);
          const before = statSnapshot(dataDir);
          let stdout = '';
          let stderr = '';
          const io = {
            out: (t: string) => void (stdout += t),
            err: (t: string) => void (stderr += t),
          };
          const outcome = await settle(() => main(args, io), CALL_LIMIT_MS);
          if (outcome.kind === 'hang')
            throw new Error(
              `journey-studio ${preview(args)} did not finish within ${CALL_LIMIT_MS} ms`,
            );
          if (outcome.kind === 'error')
            throw new Error(`main threw for ${preview(args)}: ${String(outcome.error)}`);
          const code = outcome.value as number;
          expect([0, 1, 2], `exit code ${code} (stderr: ${stderr}) for ${preview(args)}`).toContain(
            code,
          );
          if (code === 0) {
            figures.ok += 1;
            return;
          }
          figures.refused += 1;
          // No command at all prints the usage (exit 2); `validate` lists the problems it found on
          // stdout (exit 1 is its answer, not a refusal); every other refusal explains itself on stderr.
          const message =
            args[0] === '' ? stdout : args[0] === 'validate' ? stdout + stderr : stderr;
          expect(message.trim().length, `no message for ${preview(args)}`).toBeGreaterThan(0);
          if (
            args.includes('--json') &&
            !args.includes('--') &&
            args[0] !== '' &&
            !args[0].startsWith('-') &&
            args[0] !== 'help'
          ) {
            const last = stderr.trim().split('\n').pop() ?? '';
            expect(JSON.parse(last), `--json error for ${preview(args)}`).toMatchObject({
              error: { code: expect.any(String), message: expect.any(String) },
            });
          }
          // validate exits 1 when it finds problems: a result, not a refusal that must change nothing.
          const after = statSnapshot(dataDir);
          const changed = Object.keys({ ...before, ...after }).filter(
            (f) => before[f] !== after[f] && !(f === 'secrets.key' && !before[f]),
          );
          expect(
            changed,
            `refused (${stderr.trim()}) but changed the data directory, for ${preview(args)}`,
          ).toEqual([]);
        }),
        { numRuns: RUNS, seed: SEED },
      )
      .catch((error: unknown) => {
        figures.failures += 1;
        throw error;
      });
    expect(readdirSync(outDir).every((n) => n.startsWith('out-'))).toBe(true);
    expect(existsSync(dataPaths(dataDir).lock), 'a command left the data directory locked').toBe(
      false,
    );
    expect(figures.ok).toBeGreaterThan(0);
  }, 300_000);
});
