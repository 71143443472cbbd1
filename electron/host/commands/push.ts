import { AppError } from '../../../shared/errors';
import { call, DATA_OPTIONS, pause, parse, withCore, type Command } from './command';
import { policyOf, summaryText } from './import';
import { shown } from './terminal-text';

export const pushCommand: Command = {
  name: 'push',
  usage:
    'push --remote NAME [ids…] [--versions] [--policy skip|overwrite|copy] [--data-dir DIR] [--json]',
  summary:
    'Pushes published journeys (all when no ids) to a remote as one idempotent, all-or-nothing bundle.',
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
    // The same channels the app uses: start the push, then poll its status until it ends.
    const status = await withCore(values, async (core) => {
      let current = await call(core, 'remotes.push', {
        name,
        ids: positionals,
        includeVersions: values.versions,
        policy,
      });
      for (;;) {
        const pct = Math.floor(current.fraction * 10) * 10;
        if (!values.json && pct !== lastShown) io.err(`push: ${(lastShown = pct)}%\n`);
        if (current.state !== 'running') return current;
        await pause(100);
        current = await call(core, 'remotes.pushStatus', { pushId: current.pushId });
      }
    });
    if (status.state === 'failed' || !status.summary)
      throw new AppError(
        'internal',
        status.error ?? `The push to "${name}" ended without a result`,
        'remote',
      );
    const result = {
      pushId: status.pushId,
      replayed: status.replayed,
      summary: status.summary,
      count: status.count,
    };
    if (values.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else
      io.out(
        `Pushed ${result.count} journey(s) to ${shown(name)}${result.replayed ? ' (already applied; first result shown)' : ''}.\n${summaryText(result.summary)}`,
      );
    return 0;
  },
};
