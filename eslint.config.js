// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layeringPlugin from './scripts/eslint/layering-plugin.js';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
  'events',
  'process',
  'buffer',
  'readline',
  'timers',
  'assert',
];
const nodeImports = nodeBuiltins.flatMap((m) => [m, `node:${m}`, `node:${m}/*`, `${m}/*`]);

/** Layering (DESIGN.md section 1): each folder lists what it may not import. */
const layering = [
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure TypeScript.' }],
          patterns: [
            { group: nodeImports, message: 'shared/ may not use Node APIs.' },
            {
              group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom'],
              message: 'shared/ depends on nothing of ours.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['electron/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message:
                'Only electron/ipc.ts (ipcMain) and electron/preload.ts (ipcRenderer) touch IPC.',
            },
          ],
          patterns: [
            {
              group: ['**/renderer/**'],
              message: 'electron/ never imports the renderer; shared types live in shared/.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^ipc(Main|Renderer)$/]',
          message:
            'Only electron/ipc.ts (ipcMain) and electron/preload.ts (ipcRenderer) touch IPC.',
        },
      ],
    },
  },
  {
    // The two IPC files: they may use ipcMain / ipcRenderer, nothing else changes.
    files: ['electron/ipc.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**'],
              message: 'electron/ never imports the renderer; shared types live in shared/.',
            },
          ],
        },
      ],
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'electron/core and electron/host run in plain Node: no electron module.',
            },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'Core never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    plugins: { layering: layeringPlugin },
    rules: {
      'layering/no-import-into': [
        'error',
        [
          {
            folder: 'electron/host',
            message:
              'electron/core never imports electron/host (the host and CLI sit on top of core).',
          },
          {
            folder: 'electron',
            direct: true,
            message: 'electron/core never imports the desktop shell (electron/*.ts).',
          },
        ],
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks through the contract client only.' },
          ],
          patterns: [
            { group: ['**/electron/**'], message: 'The renderer may not import electron/.' },
            { group: nodeImports, message: 'The renderer runs in a browser.' },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'release/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-aware promise rules: a promise nobody awaits or handles loses its error.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  ...layering,
);
