import { writeFile } from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { call, DATA_OPTIONS, parse, withCore, type Command } from './command';
import { line } from './terminal-text';

export const exportCommand: Command = {
  name: 'export',
  usage: 'export <ids…> -o <file.journeys.zip|file.json> [--versions] [--data-dir DIR] [--json]',
  summary:
    'Exports published journeys as a bundle (with their lineage versions with --versions), or one journey as plain JSON (-o *.json).',
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, {
      ...DATA_OPTIONS,
      output: { type: 'string', short: 'o' },
      versions: { type: 'boolean', default: false },
    });
    const out = values.output;
    if (!out)
      throw new AppError(
        'invalid_input',
        'export needs an output file: -o journeys.journeys.zip',
        'output',
      );
    if (positionals.length === 0)
      throw new AppError('invalid_input', 'export needs at least one journey id', 'ids');
    const result = await withCore(values, async (core) => {
      if (out.endsWith('.json')) {
        if (positionals.length !== 1)
          throw new AppError(
            'invalid_input',
            'a .json export holds one journey; use a .journeys.zip for several',
            'output',
          );
        const { json } = await call(core, 'journeys.exportJson', { id: positionals[0] });
        await writeFile(out, json);
        return { file: out, journeys: 1, bytes: Buffer.byteLength(json), warnings: [] };
      }
      const { base64, count, warnings } = await call(core, 'bundles.export', {
        ids: positionals,
        includeVersions: values.versions,
      });
      const bytes = Buffer.from(base64, 'base64');
      await writeFile(out, bytes);
      return { file: out, journeys: count, bytes: bytes.length, warnings };
    });
    io.out(
      values.json
        ? `${JSON.stringify(result)}\n`
        : `${line`Exported ${result.journeys} journey(s) to ${result.file} (${result.bytes} bytes)`}.\n${result.warnings
            .map((w) => `${line`Warning: ${w}`}\n`)
            .join('')}`,
    );
    return 0;
  },
};
