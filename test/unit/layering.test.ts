import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the layering rule bites: each snippet breaks DESIGN.md section 1 in its folder.
const lint = async (filePath: string, code: string) => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId);
};

describe('layering lint rule', () => {
  it('refuses Node APIs in shared/', async () => {
    expect(await lint('shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toContain('no-restricted-imports');
  });
  it('refuses the electron module in electron/core', async () => {
    expect(await lint('electron/core/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
  });
  it('refuses electron/ in the renderer', async () => {
    expect(await lint('renderer/x.ts', "import { x } from '../electron/core/y';\nexport const z = x;\n")).toContain('no-restricted-imports');
  });
  it('accepts shared/ from the renderer', async () => {
    expect(await lint('renderer/x.ts', "import { newId } from '../shared/model';\nexport const z = newId;\n")).not.toContain('no-restricted-imports');
  });
});
