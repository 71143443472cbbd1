import { authLimitFromEnv } from '../auth-limit';
import pg from 'pg';
import { HubScope, type HubToken } from '../../../shared/contract/hub-api';
import { AppError } from '../../../shared/errors';
import { migrate } from '../hub/hub-db';
import { jsonLog } from '../hub/hub-log';
import { startHub } from '../hub/hub-server';
import { createHubToken, listHubTokens, revokeHubToken } from '../hub/hub-tokens';
import { parse, type Command, type Io } from './command';

const OPTIONS = {
  database: { type: 'string' },
  port: { type: 'string', default: '4480' },
  host: { type: 'string', default: '127.0.0.1' },
  'pool-max': { type: 'string', default: '10' },
  label: { type: 'string' },
  scope: { type: 'string', default: 'read,push' },
  'expires-in-days': { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

function wholeNumber(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new AppError(
      'invalid_input',
      `--${flag} must be a whole number from ${min} to ${max}, got "${value}"`,
      flag,
    );
  return n;
}

/** Whether a postgres URL carries a password (`user:password@`), which `ps` would show if it came as a flag. */
function hasPassword(url: string): boolean {
  const authority = /^postgres(?:ql)?:\/\/([^/?#]*)/.exec(url)?.[1] ?? '';
  const at = authority.lastIndexOf('@');
  return at >= 0 && authority.slice(0, at).includes(':');
}

function databaseOf(values: { database?: string }, io: Io): string {
  const url = values.database ?? process.env.JOURNEY_STUDIO_HUB_DATABASE;
  if (!url)
    throw new AppError(
      'invalid_input',
      'hub needs --database postgres://… (or JOURNEY_STUDIO_HUB_DATABASE)',
      'database',
    );
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new AppError('invalid_input', '--database must be a postgres:// URL', 'database');
  if (values.database !== undefined && hasPassword(values.database))
    io.err(
      'Note: the password in --database shows in the process list; JOURNEY_STUDIO_HUB_DATABASE or PGPASSWORD keep it out.\n',
    );
  return url;
}

const tokenLine = (t: HubToken) =>
  `${t.id}  ${t.label}  ${t.scopes.join(',')}  created ${t.createdAt}${t.expiresAt ? `  expires ${t.expiresAt}` : ''}${t.revokedAt ? `  revoked ${t.revokedAt}` : ''}\n`;

/** `hub token create|list|revoke`: straight on the database (migrated first), recorded in the audit log as "cli". */
async function tokenVerb(
  verb: string | undefined,
  arg: string | undefined,
  values: Record<string, string | boolean | undefined>,
  io: Io,
): Promise<number> {
  const database = databaseOf(values as { database?: string }, io);
  await migrate(database);
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  const print = (value: unknown, text: string) =>
    io.out(values.json ? `${JSON.stringify(value, null, 2)}\n` : text);
  try {
    if (verb === 'create') {
      const scopes = String(values.scope)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = scopes.find((s) => !HubScope.safeParse(s).success);
      if (bad)
        throw new AppError(
          'invalid_input',
          `--scope: "${bad}" is not one of read, push, admin`,
          'scope',
        );
      const expires =
        values['expires-in-days'] === undefined
          ? null
          : wholeNumber(String(values['expires-in-days']), 'expires-in-days', 1, 3650);
      const created = await createHubToken(
        client,
        {
          label: String(values.label ?? 'token'),
          scopes: scopes as HubScope[],
          expiresInDays: expires,
        },
        'cli',
      );
      print(
        created,
        `Hub token ${created.info.id} (${created.info.scopes.join(', ')}) created. Give it to its holder once; it is not shown again:\n${created.token}\n`,
      );
    } else if (verb === 'list') {
      const tokens = await listHubTokens(client);
      print(tokens, tokens.map(tokenLine).join('') || 'No tokens.\n');
    } else if (verb === 'revoke' && arg) {
      const gone = await revokeHubToken(client, arg, 'cli');
      print({ revoked: gone.id }, `Hub token ${gone.id} (${gone.label}) revoked.\n`);
    } else
      throw new AppError(
        'invalid_input',
        'Use: hub token create [--label L] [--scope read,push,admin] [--expires-in-days N] | token list | token revoke ID',
        'argv',
      );
  } finally {
    await client.end();
  }
  return 0;
}

export const hubCommand: Command = {
  name: 'hub',
  usage:
    'hub --database postgres://… [--port 4480] [--host 127.0.0.1] [--pool-max 10] | hub token create [--label L] [--scope read,push,admin] [--expires-in-days N] | token list | token revoke ID --database …',
  summary:
    'Team hub: the remote REST API v1 backed by PostgreSQL (push history, audit log, scoped tokens).',
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, OPTIONS);
    if (positionals[0] === 'token') return tokenVerb(positionals[1], positionals[2], values, io);
    if (positionals.length)
      throw new AppError(
        'invalid_input',
        `Unknown hub verb "${positionals[0]}"; use: journey-studio ${hubCommand.usage}`,
        'argv',
      );
    const database = databaseOf(values, io);
    const port = wholeNumber(values.port, 'port', 0, 65535);
    const max = wholeNumber(values['pool-max'], 'pool-max', 1, 500);
    if (!['127.0.0.1', 'localhost', '::1'].includes(values.host))
      io.err(
        `Warning: listening on ${values.host}; use TLS in front of the hub (tokens travel in headers).\n`,
      );
    const log = jsonLog((line) => io.out(line));
    const hub = await startHub({
      databaseUrl: database,
      port,
      host: values.host,
      pool: { max },
      log,
      authLimit: authLimitFromEnv(process.env.JOURNEY_STUDIO_AUTH_LIMIT),
    });
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    log('stopping', { reason: 'signal' });
    await hub.close();
    return 0;
  },
};
