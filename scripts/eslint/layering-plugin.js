// @ts-check
// Import rules that need the imported file's place, not just the import's text: a relative
// import is resolved against the importing file, then checked against folders it may not reach.
import { dirname, relative, resolve, sep } from 'node:path';

/** @param {string} path */
const posix = (path) => path.split(sep).join('/');

/** @type {import('eslint').Rule.RuleModule} */
const noImportInto = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Forbids relative imports that resolve into given folders (DESIGN.md section 1 layering).',
    },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            folder: { type: 'string' },
            /** true: only files directly in the folder (electron/*.ts), not its subfolders. */
            direct: { type: 'boolean' },
            message: { type: 'string' },
          },
          required: ['folder', 'message'],
          additionalProperties: false,
        },
      },
    ],
  },
  create(context) {
    /** @type {{ folder: string; direct?: boolean; message: string }[]} */
    const forbidden = context.options[0] ?? [];
    /** @param {import('estree').Node & { source?: unknown }} node */
    const check = (node) => {
      const source = /** @type {{ type?: string; value?: unknown } | null | undefined} */ (
        node.source
      );
      if (
        !source ||
        source.type !== 'Literal' ||
        typeof source.value !== 'string' ||
        !source.value.startsWith('.')
      )
        return;
      const target = posix(relative(context.cwd, resolve(dirname(context.filename), source.value)));
      for (const rule of forbidden) {
        const inside = rule.direct
          ? posix(dirname(target)) === rule.folder
          : target.startsWith(`${rule.folder}/`);
        if (inside) context.report({ node, message: `${source.value}: ${rule.message}` });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'no-import-into': noImportInto } };
