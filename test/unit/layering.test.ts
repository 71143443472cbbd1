import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the layering rule bites: each snippet breaks DESIGN.md section 1 in its folder.
// The snippets are not files of the TypeScript project, so the type-aware rules (checked by a
// plain `npm run lint`) are off here; the import rules need no types.
const withoutTypes: Linter.Config = {
  files: ['**/*.{ts,tsx}'],
  languageOptions: { parserOptions: { projectService: false, project: null } },
  rules: {
    '@typescript-eslint/no-floating-promises': 'off',
    '@typescript-eslint/no-misused-promises': 'off',
  },
};
const lint = async (filePath: string, code: string) => {
  const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: withoutTypes });
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId);
};

describe('layering lint rule', () => {
  it('refuses Node APIs in shared/', async () => {
    expect(
      await lint(
        'shared/x.ts',
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      ),
    ).toContain('no-restricted-imports');
  });
  it('refuses the electron module in electron/core', async () => {
    expect(
      await lint('electron/core/x.ts', "import { app } from 'electron';\nexport const x = app;\n"),
    ).toContain('no-restricted-imports');
  });
  it('refuses electron/ in the renderer', async () => {
    expect(
      await lint('renderer/x.ts', "import { x } from '../electron/core/y';\nexport const z = x;\n"),
    ).toContain('no-restricted-imports');
  });
  it('refuses electron/host in electron/core, however deep the importing file', async () => {
    expect(
      await lint(
        'electron/core/x.ts',
        "import { startHost } from '../host/server';\nexport const x = startHost;\n",
      ),
    ).toContain('layering/no-import-into');
    expect(
      await lint('electron/core/handlers/x.ts', "export { main } from '../../host/cli';\n"),
    ).toContain('layering/no-import-into');
    expect(
      await lint('electron/core/x.ts', "export const x = () => import('../host/token');\n"),
    ).toContain('layering/no-import-into');
  });
  it('refuses the desktop shell (electron/*.ts) in electron/core', async () => {
    expect(
      await lint(
        'electron/core/x.ts',
        "import { registerIpc } from '../ipc';\nexport const x = registerIpc;\n",
      ),
    ).toContain('layering/no-import-into');
    expect(
      await lint(
        'electron/core/store/x.ts',
        "import { menu } from '../../menu';\nexport const x = menu;\n",
      ),
    ).toContain('layering/no-import-into');
  });
  it('accepts core importing core and shared', async () => {
    const rules = await lint(
      'electron/core/handlers/x.ts',
      "import { WriteQueue } from '../write-queue';\nimport { newId } from '../../../shared/model';\nexport const x = [WriteQueue, newId];\n",
    );
    expect(rules).not.toContain('layering/no-import-into');
    expect(rules).not.toContain('no-restricted-imports');
  });
  it('refuses ipcMain and ipcRenderer outside electron/ipc.ts and electron/preload.ts', async () => {
    expect(
      await lint(
        'electron/main.ts',
        "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await lint(
        'electron/menu.ts',
        "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await lint(
        'electron/main.ts',
        "import * as electron from 'electron';\nexport const x = electron.ipcMain;\n",
      ),
    ).toContain('no-restricted-syntax');
    expect(
      await lint(
        'electron/ipc.ts',
        "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n",
      ),
    ).not.toContain('no-restricted-imports');
    expect(
      await lint(
        'electron/preload.ts',
        "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      ),
    ).not.toContain('no-restricted-imports');
  });
  it('accepts shared/ from the renderer', async () => {
    expect(
      await lint(
        'renderer/x.ts',
        "import { newId } from '../shared/model';\nexport const z = newId;\n",
      ),
    ).not.toContain('no-restricted-imports');
  });
});
