import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FINDINGS, NOTICED } from './findings';
import type { SurfaceFigures } from './figures';

const BUNDLE_FUZZ = fileURLToPath(new URL('../unit/bundles/fuzz.test.ts', import.meta.url));
const REMOTE_API_TESTS = fileURLToPath(new URL('../unit/remotes/api.test.ts', import.meta.url));

const ORDER = ['crash', 'contract', 'cli', 'csv', 'liquid', 'http'];

function row(f: SurfaceFigures): string {
  const details = Object.entries(f.details)
    .map(([k, v]) => `${k}: ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`)
    .join('; ');
  return `| ${f.title} | ${f.cases.toLocaleString('en-US')} | ${f.failures} | ${f.seconds} s | ${f.scale} | ${f.seed} | ${details} |`;
}

/** The bundle fuzzer is a colleague's suite: its default case count, read from its source. */
function bundleLine(): string {
  if (!existsSync(BUNDLE_FUZZ)) return '- Bundles: no bundle fuzz suite found.';
  const runs = /BUNDLE_FUZZ_RUNS \?\? (\d[\d_]*)/
    .exec(readFileSync(BUNDLE_FUZZ, 'utf8'))?.[1]
    ?.replace(/_/g, '');
  return `- Bundles: covered by the bundles suite (\`test/unit/bundles/fuzz.test.ts\`), ${runs ?? 'an unknown number of'} mutated bundles per run by default (\`BUNDLE_FUZZ_RUNS\` for more); every one refused or identical, and the store unchanged. Not duplicated here.`;
}

function remoteLine(): string {
  if (!existsSync(REMOTE_API_TESTS)) return '- Remote REST API: no suite found.';
  return '- Remote REST API (bearer tokens, 413 body limit, rate limit, no secrets in responses): `test/unit/remotes/` (the remotes suite). The page/socket host is tested in `test/unit/host/security.test.ts`; the requests that once ended either host, token files and the wrong-token lock-out (real `serve` processes) in `test/unit/host/hardening.test.ts`; the HTTP fuzz row above sends raw requests to both.';
}

/** The report's Markdown from every surface's latest figures. */
export function renderReport(all: SurfaceFigures[], generatedAt: Date): string {
  const rank = (surface: string) =>
    ORDER.includes(surface) ? ORDER.indexOf(surface) : ORDER.length;
  const figures = [...all].sort((a, b) => rank(a.surface) - rank(b.surface));
  const crash = figures.find((f) => f.surface === 'crash');
  const total = figures.filter((f) => f.surface !== 'crash').reduce((n, f) => n + f.cases, 0);
  return [
    '# Reliability and security report',
    '',
    `Written by the test run (\`npm test\` runs it through \`vitest run\`; \`RELIABILITY_SCALE=10\` for a longer run, \`RELIABILITY_SEED=<seed>\` to replay one). Last written ${generatedAt.toISOString()}.`,
    '',
    '## Figures',
    '',
    crash
      ? `- **Kills survived: ${(crash.cases - crash.failures).toLocaleString('en-US')} of ${crash.cases.toLocaleString('en-US')}** SIGKILLs at random moments of saving (after each one the store opened, every journey was the last or the in-flight save, the index matched the files).`
      : '- Crash harness: not run yet.',
    `- **Fuzz cases: ${total.toLocaleString('en-US')}** across ${figures.length - (crash ? 1 : 0)} surfaces in this harness; failures in the latest run: ${figures.reduce((n, f) => n + f.failures, 0)}.`,
    `- **Failures found and fixed while building the suites: ${FINDINGS.length}** (below).`,
    '',
    '| surface | cases | failures | time | scale | seed | details |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...figures.map(row),
    '',
    '## Other surfaces',
    '',
    bundleLine(),
    remoteLine(),
    '- Electron: `test/unit/desktop/security.test.ts` (window options, CSP, preload surface, electron imports), `security-handlers.test.ts` (navigation, redirects, webviews, window.open and permissions denied through fake session/webContents), `main-wiring.test.ts` (main.ts with a fake electron).',
    '- Migrations: `test/unit/store/migrations.test.ts` opens `test/fixtures/v0` (a pre-release data directory) and `test/fixtures/future` (a newer version, set aside).',
    '- Damaged data directories (issue 16): `test/unit/store/damaged-files-cli.test.ts` runs the CLI as a process on a journey file it may not read (as `nobody`), a folder named like a journey file, a copied journey file, a file renamed by hand, invalid UTF-8, a truncated settings.json and a damaged workspace.json (with and without its backup); each is set aside with its reason and the rest loads. `test/unit/store/lock.test.ts` covers a lock from another host and `journey-studio unlock`.',
    '',
    '## Decisions',
    '',
    '- **One process per data directory.** `journey-studio.lock` (pid, host, start time, kernel start time of the pid, mode) is created with an atomic link of a fully written temp file. Desktop and `serve` hold it while they run; every CLI command takes it for the length of the command, so `journey-studio call` against a directory an app or server uses is refused (`Journey Studio is already running on this data directory (pid N, …)`) instead of racing its writes. A lock whose pid is gone (or reused by another process) is taken over; a lock from another host is never taken over (its refusal names host, pid and start, and how to clear it: `journey-studio unlock --force`); a damaged lock file counts as stale. Tests that open a core in-process without a mode that needs it do not lock.',
    '- **Backups** are hard links of the file about to be replaced (`backups/<id>/<revision>.json`, last 10): free, atomic, and the old bytes stay because writes rename over the journey file. Restore brings back the body (description, steps, links, content) of a Draft as a new revision, so a restore is itself undoable; status and history stay as the lifecycle made them.',
    "- **Damaged files are set aside, never guessed at.** A file that cannot be read (no permission, a folder, invalid UTF-8, bad JSON, a schema error, a journey file not named after its id) is moved to `quarantine/` with a `.reason.json`, reported in `app.info` (the banner) and on the CLI's stderr, and everything else loads. A damaged `workspace.json` comes back from `backups/workspace.json` (its last good copy) or starts empty; demo data only ever fills a brand-new data directory.",
    '- **Migrations** run on read, one file per step (`electron/core/store/migrations/`); old files are rewritten only by the next save, and a file from a newer version is set aside with that reason, never rewritten.',
    '',
    '## Failures found and fixed',
    '',
    '| surface | found | fix |',
    '|---|---|---|',
    ...FINDINGS.map(
      (f) => `| ${f.surface} | ${f.found.replace(/\|/g, '\\|')} | ${f.fix.replace(/\|/g, '\\|')} |`,
    ),
    '',
    '## Noticed, left to their owners',
    '',
    ...NOTICED.map((n) => `- ${n}`),
    '',
  ].join('\n');
}
