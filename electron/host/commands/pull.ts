import { AppError } from '../../../shared/errors';
import { call, DATA_OPTIONS, parse, withCore, type Command } from './command';
import { policyOf, previewText, summaryText } from './import';

export const pullCommand: Command = {
  name: 'pull',
  usage:
    'pull --remote NAME [ids…] [--versions] [--policy skip|overwrite|copy] [--dry-run] [--data-dir DIR] [--json]',
  summary:
    'Pulls published journeys (all when no ids) from a remote: the import preview, then an all-or-nothing import.',
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, {
      ...DATA_OPTIONS,
      remote: { type: 'string' },
      versions: { type: 'boolean', default: false },
      policy: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    });
    if (!values.remote) throw new AppError('invalid_input', 'pull needs --remote NAME', 'remote');
    const name = values.remote;
    const policy = policyOf(values.policy);
    const { preview, summary } = await withCore(values, async (core) => {
      const request = { name, ids: positionals, includeVersions: values.versions };
      const previewed = await call(core, 'remotes.pullPreview', request);
      return {
        preview: previewed,
        summary: values['dry-run']
          ? null
          : await call(core, 'remotes.pull', { ...request, policy }),
      };
    });
    if (values.json) io.out(`${JSON.stringify({ preview, summary }, null, 2)}\n`);
    else
      io.out(
        `${previewText(preview)}${summary ? summaryText(summary) : 'Dry run: nothing imported.\n'}`,
      );
    return 0;
  },
};
