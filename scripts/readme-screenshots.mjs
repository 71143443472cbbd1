#!/usr/bin/env node
// Regenerates docs/screenshots/*.png from a real Playwright run of the templates and presentation
// specs (README_SCREENSHOTS=1 makes their snaps also land in docs/screenshots), then turns the first
// page of a simulation report PDF into a PNG with pdftoppm (poppler-utils), when it is installed.
// Usage: node scripts/readme-screenshots.mjs   (E2E_PORT picks another port if 4317 is busy)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) {
    console.error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
};

mkdirSync('docs/screenshots', { recursive: true });
run('npm', ['run', 'build:renderer']);
run('npx', ['playwright', 'test', 'test/e2e/templates.spec.ts', 'test/e2e/presentation.spec.ts'], {
  README_SCREENSHOTS: '1',
});

const pdf = 'screenshots/reports/buying-group.pdf';
if (existsSync(pdf) && spawnSync('pdftoppm', ['-v']).status === 0) {
  run('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    'docs/screenshots/report-pdf',
  ]);
} else {
  console.warn(
    'pdftoppm (poppler-utils) not found: docs/screenshots/report-pdf.png was left as it was.',
  );
}
console.log(`docs/screenshots: ${readdirSync('docs/screenshots').sort().join(', ')}`);
