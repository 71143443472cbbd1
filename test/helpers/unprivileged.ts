import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliResult } from './cli';

const BIN = fileURLToPath(new URL('../../bin/journey-studio.mjs', import.meta.url));
const NOBODY = 65534;
const SETPRIV = '/usr/bin/setpriv';

/**
 * How to run the CLI as a user that file permissions apply to. Root reads a `chmod 000` file, so
 * as root the CLI is run as `nobody` through setpriv; a non-root runner is unprivileged already.
 * `skip` names why neither is possible.
 */
export function unprivilegedRunner(): {
  skip: string | null;
  run: (args: string[]) => CliResult;
  prepare: (dir: string) => void;
} {
  const root = process.getuid?.() === 0;
  const usable =
    !root ||
    (existsSync(SETPRIV) &&
      spawnSync(SETPRIV, [
        `--reuid=${NOBODY}`,
        `--regid=${NOBODY}`,
        '--clear-groups',
        process.execPath,
        '-e',
        '0',
      ]).status === 0);
  const skip =
    process.platform === 'win32'
      ? 'POSIX permissions only'
      : usable
        ? null
        : 'running as root and setpriv cannot switch to the nobody user';
  const prefix = root
    ? [SETPRIV, `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath]
    : [process.execPath];
  return {
    skip,
    run: (args) => {
      const [cmd, ...rest] = prefix;
      const result = spawnSync(cmd!, [...rest, BIN, ...args], {
        encoding: 'utf8',
        env: { ...process.env },
        timeout: 60_000,
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    // The data directory must belong to the user the CLI runs as (it writes the lock and the index there).
    prepare: (dir) => {
      if (root) chownTree(dir, NOBODY);
    },
  };
}

function chownTree(path: string, uid: number): void {
  chownSync(path, uid, uid);
  if (lstatSync(path).isDirectory())
    for (const name of readdirSync(path)) chownTree(join(path, name), uid);
}
