import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { simulate } from '../../../electron/core/simulator';
import { renderPreview } from '../../../renderer/features/content/liquid-preview';
import type { Journey } from '../../../shared/model';
import { runCli, runCliAsync } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { startServer } from '../custom-actions/local-server';
import { csvScenario, edge, entry, exit, gate, journey, rows } from '../simulator/build';

// The probe of issue 16 (defect 2): templates read files under the working directory and absolute
// paths. Every file tag must now be refused with this message, wherever Liquid runs.
const SECRET = 'TOP-SECRET-7f3a9c-do-not-leak';
const REFUSED =
  /Liquid tag \{% (include|render|layout) %\} is not available: templates cannot read files/;
const tempDir = useTempDirs();

/** A folder holding secret.txt, used as the working directory of the CLI. */
function secretFolder(): { cwd: string; file: string } {
  const cwd = tempDir();
  const file = join(cwd, 'secret.txt');
  writeFileSync(file, SECRET);
  mkdirSync(join(cwd, 'snippets'));
  writeFileSync(join(cwd, 'snippets', 'secret.liquid'), SECRET);
  return { cwd, file };
}

const profile = { person: { email: 'a@example.com' }, account: {} };

describe('Liquid has no file system', () => {
  it('liquid.preview through the CLI refuses include, render and layout (relative, absolute, nested, captured) and prints no file', () => {
    const { cwd, file } = secretFolder();
    const dataDir = tempDir();
    const templates = [
      "{% include 'secret.txt' %}",
      `{% render '${file}' %}`,
      "{% capture f %}{% include 'secret.txt' %}{% endcapture %}{{ f | json }}",
    ];
    for (const template of templates) {
      const r = runCli(
        [
          'call',
          'liquid.preview',
          JSON.stringify({ template, sampleProfile: profile }),
          '--data-dir',
          dataDir,
          '--empty',
        ],
        {},
        { cwd },
      );
      expect(`${r.stdout}${r.stderr}`, template).not.toContain(SECRET);
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { ok: boolean; message?: string };
      expect(out.ok, template).toBe(false);
      expect(out.message, template).toMatch(REFUSED);
    }
  }, 180_000);

  it('liquid.preview in the core refuses layout, nested and condition forms, from the folder that holds the file', async () => {
    const { cwd } = secretFolder();
    const core = await openCore({ dataDir: tempDir(), mode: 'cli', empty: true });
    const before = process.cwd();
    process.chdir(cwd);
    try {
      const cases: [string, 'text' | 'condition'][] = [
        ["{% layout 'secret.txt' %}x", 'text'],
        ["{% liquid\ninclude 'snippets/secret' %}", 'text'],
        ["{% include 'snippets/secret.liquid' %}", 'text'],
        ["{% include 'secret.txt' %}", 'condition'],
      ];
      for (const [template, mode] of cases) {
        const out = await core.dispatch('liquid.preview', {
          template,
          mode,
          sampleProfile: profile,
        });
        expect(JSON.stringify(out), template).not.toContain(SECRET);
        expect(out, template).toMatchObject({
          ok: false,
          message: expect.stringMatching(REFUSED) as unknown,
        });
      }
    } finally {
      process.chdir(before);
      await core.close();
    }
  });

  describe('actions.testFunction', () => {
    let server: Awaited<ReturnType<typeof startServer>>;
    beforeAll(async () => {
      server = await startServer({
        '/lookup': (_req, res) =>
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
      });
    });
    afterAll(() => server.close());

    it('an HTTP Action test sends no file to its URL and names the refused tag', async () => {
      const { cwd } = secretFolder();
      const dataDir = tempDir();
      const made = await runCliAsync(
        [
          'call',
          'actions.create',
          JSON.stringify({ name: 'CRM', module: 'http', config: { baseUrl: server.url } }),
          '--data-dir',
          dataDir,
          '--empty',
        ],
        {},
        { cwd },
      );
      expect(made.status, made.stderr).toBe(0);
      const actionId = (JSON.parse(made.stdout) as { id: string }).id;
      const input = {
        path: '/lookup',
        query: "q={% capture f %}{% include 'secret.txt' %}{% endcapture %}{{ f | url_encode }}",
      };
      const r = await runCliAsync(
        [
          'call',
          'actions.testFunction',
          JSON.stringify({ actionId, function: 'request', input, sampleProfile: profile }),
          '--data-dir',
          dataDir,
        ],
        {},
        { cwd },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({
        ok: false,
        message: expect.stringMatching(REFUSED) as unknown,
      });
      expect(JSON.stringify(server.seen)).not.toContain(SECRET);
      expect(server.seen.filter((s) => s.url.startsWith('/lookup'))).toEqual([]);
    }, 180_000);
  });

  it('validation flags a file tag as a blocking problem, and the simulator refuses to run the journey', () => {
    const { cwd } = secretFolder();
    const dataDir = tempDir();
    const created = runCli(
      [
        'call',
        'journeys.create',
        JSON.stringify({ name: 'Reads files', audience: 'people' }),
        '--data-dir',
        dataDir,
        '--empty',
      ],
      {},
      { cwd },
    );
    const j = JSON.parse(created.stdout) as Journey;
    const content = [
      {
        id: 'mail-1',
        kind: 'email',
        name: 'Welcome',
        subject: 'Hi',
        from: '',
        body: "{% include 'secret.txt' %}",
      },
    ];
    const body = { description: '', nodes: j.nodes, edges: j.edges, content };
    const saved = runCli(
      [
        'call',
        'journeys.save',
        JSON.stringify({ id: j.id, baseRevision: j.revision, body }),
        '--data-dir',
        dataDir,
      ],
      {},
      { cwd },
    );
    expect(saved.status, saved.stderr).toBe(0);

    const file = join(cwd, 'journey.json');
    writeFileSync(file, saved.stdout);
    const validated = runCli(['validate', file, '--json', '--data-dir', dataDir], {}, { cwd });
    expect(validated.status).toBe(1);
    const problems = JSON.parse(validated.stdout) as {
      severity: string;
      code: string;
      message: string;
    }[];
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'liquid-syntax',
        message: expect.stringMatching(REFUSED) as unknown,
      }),
    );

    writeFileSync(
      join(cwd, 'scenario.json'),
      JSON.stringify({
        schemaVersion: 1,
        name: 'S',
        seed: 1,
        horizonDays: 30,
        population: { kind: 'synthetic', accounts: 10 },
      }),
    );
    const simulated = runCli(
      ['simulate', j.id, '--scenario', join(cwd, 'scenario.json'), '--data-dir', dataDir],
      {},
      { cwd },
    );
    // A Draft simulates despite non-structural problems (seed 001, issue 17): whatever the run
    // renders, the file's contents never appear (the simulator's own refusal is the next test).
    expect(`${simulated.stdout}${simulated.stderr}`).not.toContain(SECRET);
  }, 180_000);

  it('the simulator itself renders no file: a Gate that includes one is a warning and takes False', () => {
    const { file } = secretFolder();
    for (const condition of [`{% include '${file}' %}`, `{% render '${file}' %}`]) {
      const j = journey(
        [entry(), gate('g', condition), exit('t'), exit('f')],
        [edge('entry', 'g'), edge('g', 't', 'true'), edge('g', 'f', 'false')],
      );
      const r = simulate(j, csvScenario(rows(10)));
      expect(r.nodes.find((n) => n.nodeId === 'f')?.entered, condition).toBe(10);
      expect(r.warnings).toContainEqual(
        expect.objectContaining({
          code: 'invalid_liquid',
          nodeId: 'g',
          message: expect.stringMatching(REFUSED) as unknown,
        }),
      );
      expect(JSON.stringify(r)).not.toContain(SECRET);
    }
  });

  it("the editor's content preview refuses the file tags too (same engine factory)", () => {
    const { cwd, file } = secretFolder();
    const before = process.cwd();
    process.chdir(cwd);
    try {
      for (const template of [
        "{% include 'secret.txt' %}",
        `{% render '${file}' %}`,
        "{% layout 'secret.txt' %}",
      ]) {
        const out = renderPreview(template, { person: {}, account: {} });
        expect(out, template).toMatchObject({
          ok: false,
          message: expect.stringMatching(REFUSED) as unknown,
        });
      }
    } finally {
      process.chdir(before);
    }
  });
});
