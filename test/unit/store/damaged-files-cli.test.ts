import { fillEntry } from '../helpers/entry-audience';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import type { AppInfo } from '../../../shared/contract/app';
import type { JourneySummary, Workspace } from '../../../shared/model';
import { runCli, type CliResult } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { unprivilegedRunner } from '../../helpers/unprivileged';
import { call as callOn } from '../helpers/call';

// Probes of issue 16 (defects 8 and 9, and the "Also" items on damaged files), run as a user
// would: the real CLI in a child process against real files in a temp data directory.

const tempDir = useTempDirs();
// Each step is a CLI child process (tsx start-up included); generous on a loaded machine.
const SLOW = { timeout: 240_000 };

function ok(result: CliResult): unknown {
  expect(result.stderr.replace(/^journey-studio: set aside .*\n/gm, '')).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

function call(dir: string, channel: string, input: unknown = {}): CliResult {
  return runCli(['call', channel, JSON.stringify(input), '--data-dir', dir]);
}

/** A data directory with the given journeys, set up in-process (the probes themselves run the CLI). */
async function newDataDir(
  names: string[],
  publish = false,
): Promise<{ dir: string; ids: string[] }> {
  const dir = tempDir();
  const core = await openCore({ dataDir: dir, mode: 'cli', empty: true, user: 'tester' });
  try {
    const ids: string[] = [];
    for (const name of names) {
      const created = await callOn(core, 'journeys.create', {
        name,
        audience: 'people',
      });
      const id = created.id;
      if (publish) {
        await fillEntry((channel, input) => core.dispatch(channel, input), created);
        await core.dispatch('journeys.publish', { id });
      }
      ids.push(id);
    }
    return { dir, ids };
  } finally {
    await core.close();
  }
}

const listed = (dir: string) =>
  (ok(call(dir, 'journeys.list')) as JourneySummary[]).map((j) => j.name).sort();
const quarantined = (dir: string) => (ok(call(dir, 'app.info')) as AppInfo).quarantined;
const quarantineFiles = (dir: string) =>
  existsSync(join(dir, 'quarantine')) ? readdirSync(join(dir, 'quarantine')) : [];

describe(
  'one unreadable journey does not block the data directory (issue 16, defect 8)',
  SLOW,
  () => {
    const nobody = unprivilegedRunner();

    it.skipIf(nobody.skip !== null)(
      `sets aside a journey file it may not read (chmod 000, no index) and loads the rest${nobody.skip ? ` — skipped: ${nobody.skip}` : ''}`,
      async () => {
        const { dir, ids } = await newDataDir(['Readable', 'Locked away']);
        const locked = join(dir, 'journeys', `${ids[1]}.json`);
        const bytes = readFileSync(locked);
        rmSync(join(dir, 'index.json'));
        nobody.prepare(dir);
        chmodSync(locked, 0o000);

        const result = nobody.run(['call', 'journeys.list', '--data-dir', dir]);
        expect(result.status).toBe(0); // today: exit 3, "internal: EACCES: permission denied"
        expect((JSON.parse(result.stdout) as JourneySummary[]).map((j) => j.name)).toEqual([
          'Readable',
        ]);
        expect(result.stderr).toContain(
          `journey-studio: set aside ${ids[1]}.json (see ${join(dir, 'quarantine')}): cannot be read: permission denied (EACCES)`,
        );

        const info = JSON.parse(
          nobody.run(['call', 'app.info', '--data-dir', dir]).stdout,
        ) as AppInfo;
        expect(info.quarantined).toEqual([
          expect.objectContaining({
            file: `${ids[1]}.json`,
            reason: 'cannot be read: permission denied (EACCES)',
          }),
        ]);
        expect(existsSync(locked)).toBe(false);
        const kept = quarantineFiles(dir).find((n) => n.endsWith(`${ids[1]}.json`))!;
        expect(readFileSync(join(dir, 'quarantine', kept))).toEqual(bytes); // moved whole, never rewritten
        expect(quarantineFiles(dir)).toContain(`${kept}.reason.json`);
      },
    );

    it('sets aside a folder named like a journey file and loads the rest', async () => {
      const { dir, ids } = await newDataDir(['Still here']);
      const folder = join(dir, 'journeys', '3f0c1a52-0000-4000-8000-000000000000.json');
      mkdirSync(folder);
      writeFileSync(join(folder, 'inside.txt'), 'kept');
      rmSync(join(dir, 'index.json'));

      const result = call(dir, 'journeys.list');
      expect(result.status).toBe(0); // today: exit 3, "internal: EISDIR"
      expect((JSON.parse(result.stdout) as JourneySummary[]).map((j) => j.id)).toEqual(ids);
      expect(result.stderr).toMatch(
        /set aside 3f0c1a52-0000-4000-8000-000000000000\.json .*: is a folder, not a file \(EISDIR\)/,
      );
      expect(quarantined(dir)).toEqual([
        expect.objectContaining({
          file: '3f0c1a52-0000-4000-8000-000000000000.json',
          reason: 'is a folder, not a file (EISDIR)',
        }),
      ]);
      const kept = quarantineFiles(dir).find((n) =>
        n.endsWith('3f0c1a52-0000-4000-8000-000000000000.json'),
      )!;
      expect(readFileSync(join(dir, 'quarantine', kept, 'inside.txt'), 'utf8')).toBe('kept');
    });

    it('sets aside a named pipe and a link to an endless device instead of hanging on them', async () => {
      const { dir, ids } = await newDataDir(['Still here']);
      const fifo = '3f0c1a52-0000-4000-8000-0000000000f1.json';
      const zero = '3f0c1a52-0000-4000-8000-0000000000f2.json';
      execFileSync('mkfifo', [join(dir, 'journeys', fifo)]);
      symlinkSync('/dev/zero', join(dir, 'journeys', zero));
      rmSync(join(dir, 'index.json'));

      const result = call(dir, 'journeys.list'); // before: never returned (FIFO) or grew to GBs (/dev/zero)
      expect(result.status).toBe(0);
      expect((JSON.parse(result.stdout) as JourneySummary[]).map((j) => j.id)).toEqual(ids);
      expect(result.stderr).toMatch(new RegExp(`set aside ${fifo} .*: is not a plain file`));
      expect(result.stderr).toMatch(new RegExp(`set aside ${zero} .*: is a symbolic link`));
    });
  },
);

describe('a copied journey file (issue 16, defect 9)', SLOW, () => {
  it('is set aside with its reason; the original lists once and can be opened, aborted and deleted', async () => {
    const { dir, ids } = await newDataDir(['Welcome', 'Other'], true);
    const live = { id: ids[0]!, name: 'Welcome' };
    const before = listed(dir);
    copyFileSync(
      join(dir, 'journeys', `${live.id}.json`),
      join(dir, 'journeys', `${live.id} (copy).json`),
    );

    const list = call(dir, 'journeys.list');
    const summaries = JSON.parse(list.stdout) as JourneySummary[];
    expect(summaries.filter((j) => j.id === live.id)).toHaveLength(1); // today: two entries with one id
    expect(summaries.map((j) => j.name).sort()).toEqual(before);
    expect(list.stderr).toContain(`set aside ${live.id} (copy).json`);
    const [entry] = quarantined(dir);
    expect(entry).toMatchObject({ file: `${live.id} (copy).json` });
    expect(entry!.reason).toBe(
      `holds journey id "${live.id}" but is named ${live.id} (copy).json, and ${live.id}.json holds that journey already (a copy?); a journey file must be named after its id`,
    );
    expect(existsSync(join(dir, 'journeys', `${live.id} (copy).json`))).toBe(false);

    expect(ok(call(dir, 'journeys.get', { id: live.id }))).toMatchObject({
      id: live.id,
      name: live.name,
    });
    expect(ok(call(dir, 'journeys.abort', { id: live.id }))).toMatchObject({ status: 'Aborted' });
    expect(ok(call(dir, 'journeys.delete', { id: live.id }))).toEqual({ id: live.id });
    const after = ok(call(dir, 'journeys.list')) as JourneySummary[];
    expect(after.some((j) => j.id === live.id)).toBe(false); // today: one entry stays that can be neither opened nor deleted
    expect(after).toHaveLength(before.length - 1);
    const gone = call(dir, 'journeys.get', { id: live.id });
    expect(gone.status).toBe(1);
    expect(gone.stderr).toContain(`No journey with id "${live.id}"`);
  });

  it('sets aside a file whose id is not its name even with no original beside it', async () => {
    const { dir, ids } = await newDataDir(['Moved by hand']);
    const [id] = ids;
    const renamed = join(dir, 'journeys', 'my-journey.json');
    copyFileSync(join(dir, 'journeys', `${id}.json`), renamed);
    rmSync(join(dir, 'journeys', `${id}.json`));
    const list = ok(call(dir, 'journeys.list')) as JourneySummary[];
    expect(list).toEqual([]);
    expect(quarantined(dir)[0]).toMatchObject({
      file: 'my-journey.json',
      reason: `holds journey id "${id}" but is named my-journey.json; a journey file must be named after its id`,
    });
  });
});

describe(
  'damaged files are set aside, never read lossily or replaced by demo data (issue 16, "Also")',
  SLOW,
  () => {
    it('sets aside a journey file with invalid UTF-8 instead of loading it with replacement characters', async () => {
      const { dir, ids } = await newDataDir(['Café', 'Plain']);
      const path = join(dir, 'journeys', `${ids[0]}.json`);
      const utf8 = readFileSync(path);
      const at = utf8.indexOf(Buffer.from('é'));
      const latin1 = Buffer.concat([
        utf8.subarray(0, at),
        Buffer.from([0xe9]),
        utf8.subarray(at + 2),
      ]); // "Caf\xE9": not UTF-8
      writeFileSync(path, latin1);

      const result = call(dir, 'journeys.list');
      expect(result.status).toBe(0);
      expect((JSON.parse(result.stdout) as JourneySummary[]).map((j) => j.name)).toEqual(['Plain']); // today: "Caf\uFFFD" is listed
      expect(result.stderr).toContain(`set aside ${ids[0]}.json`);
      expect(quarantined(dir)[0]).toMatchObject({
        file: `${ids[0]}.json`,
        reason: `is not valid UTF-8 text (first bad byte at offset ${at})`,
      });
      const kept = quarantineFiles(dir).find((n) => n.endsWith(`${ids[0]}.json`))!;
      expect(readFileSync(join(dir, 'quarantine', kept))).toEqual(latin1);
    });

    it('sets aside a truncated settings.json and says so, instead of resetting it silently', async () => {
      const { dir } = await newDataDir([]);
      ok(call(dir, 'settings.set', { libraryColumns: ['status', 'version'] }));
      const path = join(dir, 'settings.json');
      const whole = readFileSync(path);
      truncateSync(path, Math.floor(whole.length / 2));
      const truncated = readFileSync(path);

      const result = call(dir, 'settings.get');
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({ schemaVersion: 1, libraryColumns: null });
      expect(result.stderr).toMatch(
        /^journey-studio: set aside settings\.json \(see .*quarantine\): not valid JSON \(.*\); the default settings are used instead\n$/,
      ); // today: silent
      expect(quarantined(dir)[0]).toMatchObject({ file: 'settings.json' });
      const kept = quarantineFiles(dir).find((n) => n.endsWith('settings.json'))!;
      expect(readFileSync(join(dir, 'quarantine', kept))).toEqual(truncated);
    });

    it('restores a damaged workspace.json from its last good copy, never from demo data', async () => {
      const { dir, ids } = await newDataDir(['Mine']);
      ok(call(dir, 'audiences.create', { name: 'Our own audience' }));
      const own = ok(call(dir, 'workspace.get')) as Workspace;
      const path = join(dir, 'workspace.json');
      truncateSync(path, 40);

      const result = call(dir, 'workspace.get');
      expect(result.status).toBe(0);
      const restored = JSON.parse(result.stdout) as Workspace;
      expect(restored).toEqual(own); // today: the demo workspace ("Demo workspace", demo attributes)
      expect(result.stderr).toMatch(
        /set aside workspace\.json .*: not valid JSON .*; the workspace was restored from its last good copy \(backups\/workspace\.json of \d{4}-/,
      );
      expect(quarantined(dir)[0]).toMatchObject({ file: 'workspace.json' });
      expect((ok(call(dir, 'journeys.list')) as JourneySummary[]).map((j) => j.id)).toEqual(ids);
    });

    it('starts an empty workspace when workspace.json is damaged and no backup exists, and keeps the journeys', async () => {
      const { dir, ids } = await newDataDir(['Mine']);
      ok(call(dir, 'audiences.create', { name: 'Our own audience' }));
      rmSync(join(dir, 'backups', 'workspace.json'), { force: true }); // as in a data directory from before backups were kept
      writeFileSync(join(dir, 'workspace.json'), '{"schemaVersion": 1, "name": ');

      const result = call(dir, 'workspace.get');
      expect(result.status).toBe(0);
      const workspace = JSON.parse(result.stdout) as Workspace;
      expect(workspace.name).toBe('Workspace'); // today: "Demo workspace"
      expect([workspace.accountAttributes, workspace.externalAudiences, workspace.tags]).toEqual([
        [],
        [],
        [],
      ]);
      expect(result.stderr).toContain(
        'no backup of it exists, so the workspace starts empty (journeys are untouched)',
      );
      expect((ok(call(dir, 'journeys.list')) as JourneySummary[]).map((j) => j.id)).toEqual(ids);
      expect(quarantineFiles(dir).some((n) => n.endsWith('workspace.json'))).toBe(true);
    });
  },
);
