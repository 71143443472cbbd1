import { AppError } from '../../../shared/errors';
import { resolveDataDir } from '../../core/store/data-dir';
import { createToken, listTokens, revokeToken } from '../remote-api/tokens';
import { call, parse, withCore, type Command, type Io } from './command';
import { line } from './terminal-text';
import { tokenFromFlags } from './token-source';

const OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  token: { type: 'string' },
  'token-file': { type: 'string' },
  label: { type: 'string' },
} as const;

const print = (io: Io, json: boolean, value: unknown, text: string) =>
  io.out(json ? `${JSON.stringify(value, null, 2)}\n` : text);

export const remoteCommand: Command = {
  name: 'remote',
  usage:
    'remote add NAME URL (--token-file PATH | --token T) | list | remove NAME | test NAME | token create [--label L] | token list | token revoke ID [--data-dir DIR] [--json]',
  summary:
    'Remotes this app pushes to (tokens kept encrypted), and the bearer tokens this instance accepts with serve --remote.',
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, OPTIONS);
    const dataDir = resolveDataDir(values['data-dir']);
    const [verb, a, b] = positionals;
    const json = values.json;
    if (verb === 'token') {
      if (a === 'create') {
        const { id, token } = await createToken(dataDir, values.label ?? '');
        print(
          io,
          json,
          { id, token },
          `Token ${id} created. Give it to the client once; it is not shown again:\n${token}\n`,
        );
      } else if (a === 'revoke' && b) {
        const gone = await revokeToken(dataDir, b);
        print(
          io,
          json,
          { revoked: gone.id },
          `${line`Token ${gone.id} (${gone.label})`} revoked.\n`,
        );
      } else if (a === 'list') {
        const tokens = (await listTokens(dataDir)).map(({ id, label, createdAt }) => ({
          id,
          label,
          createdAt,
        }));
        print(
          io,
          json,
          tokens,
          tokens.map((t) => `${line`${t.id}  ${t.label}  ${t.createdAt}`}\n`).join('') ||
            'No tokens.\n',
        );
      } else
        throw new AppError(
          'invalid_input',
          'Use: remote token create [--label L] | token list | token revoke ID',
          'argv',
        );
      return 0;
    }
    // Remotes are contract channels: the same dispatch (and write queue) as the app's Remotes page.
    // Tokens of this instance (above) belong to the host's REST API, not to core.
    const known =
      (verb === 'add' && a && b) ||
      verb === 'list' ||
      ((verb === 'remove' || verb === 'test') && a);
    if (!known)
      throw new AppError('invalid_input', `Use: journey-studio ${remoteCommand.usage}`, 'argv');
    await withCore(values, async (core) => {
      if (verb === 'add' && a && b) {
        const token = tokenFromFlags(values, 'JOURNEY_STUDIO_REMOTE_TOKEN', io);
        if (!token)
          throw new AppError(
            'invalid_input',
            'remote add needs a token: JOURNEY_STUDIO_REMOTE_TOKEN, --token-file PATH or --token',
            'token',
          );
        const entry = await call(core, 'remotes.add', { name: a, url: b, token });
        print(
          io,
          json,
          entry,
          `${line`Remote ${entry.name} added (${entry.url})`}; its token is kept encrypted.\n`,
        );
      } else if (verb === 'list') {
        const all = await call(core, 'remotes.list', {});
        print(
          io,
          json,
          all,
          all.map((r) => `${line`${r.name}  ${r.url}`}\n`).join('') || 'No remotes.\n',
        );
      } else if (verb === 'remove' && a) {
        await call(core, 'remotes.remove', { name: a });
        print(io, json, { removed: a }, `${line`Remote ${a}`} removed.\n`);
      } else if (a) {
        const tested = await call(core, 'remotes.test', { name: a });
        if (!tested.ok) throw new AppError('forbidden', tested.message, 'remote');
        const info = { apiVersion: tested.apiVersion, appVersion: tested.appVersion };
        print(
          io,
          json,
          info,
          `${line`Remote ${a}`} is reachable, accepts the token, and speaks API version ${info.apiVersion} (app ${info.appVersion}).\n`,
        );
      }
    });
    return 0;
  },
};
