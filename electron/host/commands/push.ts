import { AppError } from '../../../shared/errors';
import { clientFor, pushToRemote } from '../../core/remotes/sync';
import { DATA_OPTIONS, parse, withCore, type Command } from './command';
import { policyOf, summaryText } from './import';
import { shown } from './terminal-text';

export const pushCommand: Command = {
  name: 'push',
  usage: 'push --remote NAME [ids…] [--versions] [--policy skip|overwrite|copy] [--data-dir DIR] [--json]',
  summary: 'Pushes published journeys (all when no ids) to a remote as one idempotent, all-or-nothing bundle.',
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, {
      ...DATA_OPTIONS,
      remote: { type: 'string' },
      versions: { type: 'boolean', default: false },
      policy: { type: 'string' },
    });
    if (!values.remote) throw new AppError('invalid_input', 'push needs --remote NAME', 'remote');
    const name = values.remote;
    const policy = policyOf(values.policy ?? 'overwrite');
    let lastShown = -1;
    const result = await withCore(values, async (core) =>
      pushToRemote(core.context, await clientFor(core.context, name), {
        ids: positionals,
        includeVersions: values.versions,
        policy,
        onProgress: (f) => {
          const pct = Math.floor(f * 10) * 10;
          if (!values.json && pct !== lastShown) io.err(`push: ${(lastShown = pct)}%\n`);
        },
      }),
    );
    if (values.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else io.out(`Pushed ${result.count} journey(s) to ${shown(name)}${result.replayed ? ' (already applied; first result shown)' : ''}.\n${summaryText(result.summary)}`);
    return 0;
  },
};
