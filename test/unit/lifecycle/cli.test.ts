import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './fixtures';

/** Runs `journey-studio call` in a child process, as a script would. */
function cli(dataDir: string, channel: string, input: unknown) {
  const r = spawnSync(
    process.execPath,
    ['bin/journey-studio.mjs', 'call', channel, JSON.stringify(input), '--data-dir', dataDir],
    { encoding: 'utf8' },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every journey file's bytes, to prove a refusal wrote nothing. */
function snapshot(dataDir: string): Record<string, string> {
  const dir = join(dataDir, 'journeys');
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

describe('journey-studio call refuses illegal transitions', () => {
  it('Abort a Draft, Delete a Live, edit a Live, Publish a Live: non-zero exit, clear message, nothing written', () => {
    const dir = tempDir();
    const created = cli(dir, 'journeys.create', { name: 'Cli walk', audience: 'account' });
    expect(created.code).toBe(0);
    const blank = JSON.parse(created.out) as {
      id: string;
      revision: number;
      nodes: { type: string; settings: object }[];
      edges: unknown[];
    };
    // An Entry with an audience of the demo workspace: a blank or unknown one is a publish problem.
    const nodes = blank.nodes.map((n) =>
      n.type === 'entry'
        ? { ...n, settings: { ...n.settings, source: 'Target accounts FY27' } }
        : n,
    );
    const saved = cli(dir, 'journeys.save', {
      id: blank.id,
      baseRevision: blank.revision,
      body: { nodes, edges: blank.edges },
    });
    expect(saved.code).toBe(0);
    const draft = JSON.parse(saved.out) as { id: string; nodes: unknown[]; edges: unknown[] };

    const before = snapshot(dir);
    const abortDraft = cli(dir, 'journeys.abort', { id: draft.id });
    expect(abortDraft.code).toBe(1);
    expect(abortDraft.err).toContain('Cannot Abort "Cli walk": it is Draft.');
    expect(snapshot(dir)).toEqual(before);

    expect(cli(dir, 'journeys.publish', { id: draft.id }).code).toBe(0);
    const live = snapshot(dir);
    const refusals: [string, unknown, string][] = [
      [
        'journeys.delete',
        { id: draft.id },
        'Cannot Delete "Cli walk": it is Live. A Live or Scheduled journey cannot be deleted',
      ],
      [
        'journeys.save',
        { id: draft.id, baseRevision: 3, body: { nodes: draft.nodes, edges: draft.edges } },
        'is Live; only a Draft can be edited',
      ],
      ['journeys.publish', { id: draft.id }, 'Cannot Publish "Cli walk": it is Live.'],
    ];
    for (const [channel, input, message] of refusals) {
      const r = cli(dir, channel, input);
      expect(r.code, channel).toBe(1);
      expect(r.err).toContain(message);
      expect(snapshot(dir)).toEqual(live);
    }
  }, 60_000);

  it('gives a JSON error with --json', () => {
    const dir = tempDir();
    const r = spawnSync(
      process.execPath,
      [
        'bin/journey-studio.mjs',
        'call',
        'journeys.abort',
        '{"id":"nope"}',
        '--data-dir',
        dir,
        '--json',
        '--empty',
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stderr)).toEqual({
      error: { code: 'not_found', message: 'No journey with id "nope"', field: 'id' },
    });
  }, 30_000);
});
