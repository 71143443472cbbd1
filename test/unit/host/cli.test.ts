import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli';
import { snapshotDir } from '../../helpers/snapshot-dir';
import { useTempDirs } from '../../helpers/temp-dir';
import { problemOrderJourney } from '../validation/fixtures';

const tempDir = useTempDirs();

describe('journey-studio call', () => {
  it('creates a journey that journeys.list then shows', () => {
    const dir = tempDir();
    const created = runCli([
      'call',
      'journeys.create',
      '{"name":"Welcome","audience":"people"}',
      '--data-dir',
      dir,
      '--empty',
    ]);
    expect(created.status).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      name: 'Welcome',
      audience: 'people',
      status: 'Draft',
    });
    const listed = runCli(['call', 'journeys.list', '--data-dir', dir]);
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout).map((j: { name: string }) => j.name)).toEqual(['Welcome']);
  });

  it('honours JOURNEY_STUDIO_DATA when no --data-dir is given', () => {
    const dir = tempDir();
    expect(
      runCli(['call', 'journeys.create', '{"name":"From env","audience":"account"}', '--empty'], {
        JOURNEY_STUDIO_DATA: dir,
      }).status,
    ).toBe(0);
    const listed = runCli(['call', 'journeys.list', '--data-dir', dir]);
    expect(JSON.parse(listed.stdout)[0].name).toBe('From env');
  });

  const refusals: [string, string[], RegExp][] = [
    ['bad JSON', ['call', 'journeys.create', '{"name":'], /input is not valid JSON/],
    [
      'an unknown channel',
      ['call', 'journeys.explode', '{}'],
      /Unknown channel "journeys.explode"/,
    ],
    ['a missing field', ['call', 'journeys.create', '{"name":"No type"}'], /audience/],
    [
      'an invalid value',
      ['call', 'journeys.create', '{"name":"Bad","audience":"robots"}'],
      /audience/,
    ],
    [
      'an over-long name',
      ['call', 'journeys.create', JSON.stringify({ name: 'x'.repeat(101), audience: 'people' })],
      /name: Name must be at most 100 characters/,
    ],
    ['an unknown flag', ['call', 'journeys.list', '--frobnicate'], /frobnicate/],
    ['an unknown command', ['launch'], /Unknown command "launch"/],
  ];
  for (const [what, args, message] of refusals) {
    it(`refuses ${what} with a clear error, a non-zero exit and an unchanged store`, () => {
      const dir = tempDir();
      runCli([
        'call',
        'journeys.create',
        '{"name":"Existing","audience":"people"}',
        '--data-dir',
        dir,
        '--empty',
      ]);
      const before = snapshotDir(dir);
      const result = runCli([...args, '--data-dir', dir]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
      expect(snapshotDir(dir)).toEqual(before);
    });
  }

  it('prints a JSON error object with --json', () => {
    const result = runCli([
      'call',
      'journeys.get',
      '{"id":"nope"}',
      '--data-dir',
      tempDir(),
      '--empty',
      '--json',
    ]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stderr)).toEqual({
      error: { code: 'not_found', message: 'No journey with id "nope"', field: 'id' },
    });
  });
});

describe('journey-studio --help', () => {
  it('prints the usage of the whole tool and of every subcommand, exit 0, touching no data', () => {
    const top = runCli(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/^Journey Studio — offline journey designer\n\nUsage:\n/);
    expect(runCli(['-h']).status).toBe(0);
    for (const name of ['simulate', 'validate', 'call', 'serve', 'catalog', 'hub']) {
      for (const flag of ['--help', '-h']) {
        const dir = tempDir();
        const result = runCli([name, flag, '--data-dir', dir]);
        expect({ name, flag, status: result.status, stderr: result.stderr }).toEqual({
          name,
          flag,
          status: 0,
          stderr: '',
        });
        expect(result.stdout).toMatch(new RegExp(`^Usage: journey-studio ${name}\\b`));
        // The same usage line the top-level help lists for it.
        expect(top.stdout).toContain(result.stdout.split('\n')[0].replace('Usage: ', '  '));
        expect(snapshotDir(dir)).toEqual({});
      }
    }
  }, 120_000);
});

describe('journey-studio validate', () => {
  it('reports a value the editor refused (kept beside the journey), as Publish does', () => {
    const dir = tempDir();
    const created = runCli([
      'call',
      'journeys.create',
      '{"name":"Refused","audience":"account"}',
      '--data-dir',
      dir,
      '--empty',
    ]);
    const journey = JSON.parse(created.stdout) as {
      id: string;
      nodes: { id: string; name: string }[];
    };
    const nodeId = journey.nodes[0]!.id;
    const message = 'Audience must be at most 200 characters';
    const draft = { nodeId, field: 'settings.source', value: 'x'.repeat(300), message };
    const saved = runCli([
      'call',
      'journeys.saveFieldDrafts',
      JSON.stringify({ journeyId: journey.id, drafts: { [`${nodeId}|settings.source`]: draft } }),
      '--data-dir',
      dir,
    ]);
    expect(saved.status).toBe(0);
    const checked = runCli(['validate', journey.id, '--data-dir', dir]);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain(message);
    // The step by its name, as the Problems list names it, never by its id.
    expect(checked.stdout).toContain(`"${journey.nodes[0]!.name}": ${message}`);
    expect(checked.stdout).not.toContain(nodeId);
  });
});

describe('journey-studio validate order', () => {
  it('lists errors before warnings, each in flow order, as the Problems list does', () => {
    const file = join(tempDir(), 'order.json');
    writeFileSync(file, JSON.stringify(problemOrderJourney()));
    const checked = runCli(['validate', file, '--data-dir', tempDir()]);
    expect(checked.status).toBe(1);
    const lines = checked.stdout.trim().split('\n');
    // This data dir has no workspace audiences, so the Entry's audience is unknown: an error too.
    expect(lines.map((l) => l.replace(/:.*/, '').replace(/\s+/g, ' '))).toEqual([
      'error "entry"',
      'error "first"',
      'error "second"',
      'warning "s"',
    ]);
  });
});
