import { AppError } from '../../../shared/errors';
import { dataPaths, resolveDataDir } from '../../core/store/data-dir';
import { clearDataDirLock } from '../../core/store/lock';
import { parse, type Command } from './command';

const OPTIONS = {
  'data-dir': { type: 'string' },
  force: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

export const unlockCommand: Command = {
  name: 'unlock',
  usage: 'unlock [--force] [--data-dir DIR] [--json]',
  summary:
    'Clears a lock left behind (a stale one at once; one from another host only with --force). A running instance is never unlocked.',
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, OPTIONS);
    if (positionals.length)
      throw new AppError(
        'invalid_input',
        `unlock takes no arguments (got "${positionals[0]}")`,
        'argv',
      );
    const dataDir = resolveDataDir(values['data-dir']);
    const outcome = clearDataDirLock(dataPaths(dataDir).lock, dataDir, values.force);
    if (values.json) {
      io.out(`${JSON.stringify(outcome)}\n`);
      return 0;
    }
    if (!outcome.removed) {
      io.out(`${dataDir} is not locked; nothing to do.\n`);
      return 0;
    }
    const who = outcome.info
      ? `pid ${outcome.info.pid} on host "${outcome.info.host}", ${outcome.info.mode}, since ${outcome.info.startedAt}`
      : 'unreadable';
    const why = {
      damaged: 'a damaged lock file',
      stale: 'its process no longer runs',
      forced: 'cleared with --force',
    }[outcome.was];
    io.out(`Removed the lock of ${dataDir} (${who}): ${why}.\n`);
    return 0;
  },
};
