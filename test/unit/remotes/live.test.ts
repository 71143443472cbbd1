import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { coreWith } from '../bundles/fixtures';
import { postgresAvailable } from '../../helpers/postgres';
import { usePostgres } from './backends';
import { liveBackends } from './remote-process';

const tempDir = useTempDirs();
const live = liveBackends(tempDir, postgresAvailable() ? usePostgres() : null);

/** A local data dir with `count` published journeys and the remote registered as `live`. */
async function localWith(count: number, base: string, token: string) {
  const dir = tempDir();
  const { core, journeys } = await coreWith(dir, count);
  await core.close();
  expect(runCli(['remote', 'add', 'live', base, '--token', token, '--data-dir', dir]).status).toBe(
    0,
  );
  return { dir, journeys };
}

describe.each(live)('push and pull against a live $name', (backend) => {
  it('tests the connection, pushes, replays nothing twice, and pulls into a third store', async () => {
    const { remote, token } = await backend.start();
    const local = await localWith(3, remote.base, token);
    expect(runCli(['remote', 'test', 'live', '--data-dir', local.dir]).stdout).toMatch(
      /reachable, accepts the token, and speaks API version 1/,
    );
    const listed = runCli(['remote', 'list', '--data-dir', local.dir]);
    expect(listed.stdout).toContain(remote.base);
    expect(listed.stdout).not.toContain(token);

    const pushed = runCli(['push', '--remote', 'live', '--json', '--data-dir', local.dir]);
    expect(pushed.stderr).toBe('');
    expect(JSON.parse(pushed.stdout)).toMatchObject({ count: 3, replayed: false });
    expect(JSON.parse(pushed.stdout).summary.created).toHaveLength(3);
    // A second push of the same journeys finds them identical and writes nothing.
    expect(
      JSON.parse(runCli(['push', '--remote', 'live', '--json', '--data-dir', local.dir]).stdout)
        .summary.unchanged,
    ).toHaveLength(3);

    const third = tempDir();
    runCli(['call', 'journeys.list', '--empty', '--data-dir', third]);
    expect(
      runCli(['remote', 'add', 'live', remote.base, '--token', token, '--data-dir', third]).status,
    ).toBe(0);
    const dry = runCli(['pull', '--remote', 'live', '--dry-run', '--data-dir', third]);
    expect(dry.stdout).toMatch(/3 new, 0 identical/);
    const pulled = runCli(['pull', '--remote', 'live', '--json', '--data-dir', third]);
    expect(JSON.parse(pulled.stdout).summary.created).toHaveLength(3);
    const names = (
      JSON.parse(runCli(['call', 'journeys.list', '--data-dir', third]).stdout) as {
        name: string;
        status: string;
      }[]
    ).map((j) => `${j.name}:${j.status}`);
    expect(names.sort()).toEqual(['Journey 1:Live', 'Journey 2:Live', 'Journey 3:Live']);
    await remote.stop();
  }, 300_000);

  it('says clearly when the token is refused, revoked, or the remote is unreachable', async () => {
    const { remote, token, revoke } = await backend.start();
    const wrong = await localWith(1, remote.base, 'jsr_nope_nope');
    expect(runCli(['push', '--remote', 'live', '--data-dir', wrong.dir]).stderr).toMatch(
      /Remote "live" refused the token/,
    );
    const right = await localWith(1, remote.base, token);
    expect(runCli(['remote', 'test', 'live', '--data-dir', right.dir]).status).toBe(0);
    expect(revoke()).toBe(0);
    expect(runCli(['remote', 'test', 'live', '--data-dir', right.dir]).stderr).toMatch(
      /refused the token/,
    );
    await remote.stop();
    const down = runCli(['remote', 'test', 'live', '--data-dir', right.dir]);
    expect(down.status).not.toBe(0);
    expect(down.stderr).toMatch(
      /Remote "live" at http:\/\/127\.0\.0\.1:\d+ is unreachable \(connection refused\)/,
    );
  }, 300_000);
});
