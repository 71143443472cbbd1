import { describe, expect, it } from 'vitest';
import type { HubToken } from '../../../shared/contract/hub-api';
import { runCli } from '../../helpers/cli';
import { postgresAvailable } from '../../helpers/postgres';
import { usePostgres } from '../remotes/backends';

const available = postgresAvailable();
const cluster = usePostgres();

describe.runIf(available)('journey-studio hub token', () => {
  it('creates, lists and revokes tokens; refuses bad flags naming them and changes nothing', async () => {
    const database = await cluster().createDatabase();
    const created = runCli([
      'hub',
      'token',
      'create',
      '--label',
      'ops',
      '--scope',
      'read,admin',
      '--expires-in-days',
      '30',
      '--json',
      '--database',
      database,
    ]);
    expect(created.stderr).toBe('');
    const { token, info } = JSON.parse(created.stdout) as { token: string; info: HubToken };
    expect(info).toMatchObject({ label: 'ops', scopes: ['read', 'admin'], revokedAt: null });
    expect(token).toMatch(/^jsh_[0-9a-f]{8}_/);

    const bad = runCli(['hub', 'token', 'create', '--scope', 'read,write', '--database', database]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--scope: "write" is not one of read, push, admin');
    expect(
      runCli(['hub', 'token', 'create', '--expires-in-days', '0', '--database', database]).stderr,
    ).toContain('--expires-in-days must be a whole number from 1 to 3650, got "0"');
    expect(runCli(['hub', '--port', '4480'], { JOURNEY_STUDIO_HUB_DATABASE: '' }).stderr).toContain(
      'hub needs --database postgres://…',
    );

    expect(runCli(['hub', 'token', 'revoke', 'ops', '--database', database]).stdout).toContain(
      `Hub token ${info.id} (ops) revoked.`,
    );
    const listed = JSON.parse(
      runCli(['hub', 'token', 'list', '--json', '--database', database]).stdout,
    ) as HubToken[];
    expect(listed).toHaveLength(1);
    expect(listed[0].revokedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(token);
  }, 300_000);
});

describe('journey-studio hub --database', () => {
  it('warns that a password given as a flag shows in the process list, and is quiet when it comes from the environment', () => {
    // Nothing listens on port 1: the command fails to connect either way, after reading its flags.
    const withPassword = 'postgres://team:s3cret@127.0.0.1:1/hub';
    const flagged = runCli(['hub', 'token', 'list', '--database', withPassword]);
    expect(flagged.stderr).toContain(
      'Note: the password in --database shows in the process list; JOURNEY_STUDIO_HUB_DATABASE or PGPASSWORD keep it out.',
    );
    const fromEnv = runCli(['hub', 'token', 'list'], { JOURNEY_STUDIO_HUB_DATABASE: withPassword });
    expect(fromEnv.stderr).not.toContain('process list');
    const noPassword = runCli([
      'hub',
      'token',
      'list',
      '--database',
      'postgres://team@127.0.0.1:1/hub',
    ]);
    expect(noPassword.stderr).not.toContain('process list');
  }, 120_000);
});
