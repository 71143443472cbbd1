import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

// `npm run lint` ends in `prettier --check .`: these prove the check bites with the repository's
// own configuration and that it skips only generated or installed files.

const lintScript = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
).scripts.lint;

/** What `prettier --check` decides for `code` as if it were the file at `path`. */
async function passesCheck(path: string, code: string): Promise<boolean> {
  const config = await prettier.resolveConfig(path);
  return prettier.check(code, { ...config, filepath: path });
}

describe('formatting check', () => {
  it('is part of npm run lint', () => {
    expect(lintScript).toMatch(/prettier --check \./);
  });

  it('fails a mis-formatted file and passes the same code formatted', async () => {
    const messy = 'export const  x = {a:1,\n  b: "two"}\n';
    expect(await passesCheck('shared/example.ts', messy)).toBe(false);
    const config = await prettier.resolveConfig('shared/example.ts');
    const formatted = await prettier.format(messy, { ...config, filepath: 'shared/example.ts' });
    expect(formatted).toBe("export const x = { a: 1, b: 'two' };\n"); // single quotes, semicolons: .prettierrc.json
    expect(await passesCheck('shared/example.ts', formatted)).toBe(true);
  });

  it('fails a line over the 100-character print width', async () => {
    const long = `export const names = [${Array.from({ length: 12 }, (_, i) => `'name${i}'`).join(', ')}];\n`;
    expect(long.length).toBeGreaterThan(100);
    expect(await passesCheck('electron/core/example.ts', long)).toBe(false);
  });

  it('skips generated and installed files only', async () => {
    const ignored = async (path: string) =>
      (await prettier.getFileInfo(path, { ignorePath: '.prettierignore' })).ignored;
    for (const path of [
      'dist/cli/cli.js',
      'node_modules/x/index.js',
      'package-lock.json',
      'test-results/reliability/REPORT.md',
    ]) {
      expect(await ignored(path), path).toBe(true);
    }
    for (const path of [
      'shared/model/journey.ts',
      'renderer/app/App.tsx',
      'test/reliability/REPORT.md',
      'package.json',
    ]) {
      expect(await ignored(path), path).toBe(false);
    }
  });
});
