import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { Io } from './command';

/** `--token-file PATH`: the token is the file's first line; an empty or unreadable file is refused by name. */
function readTokenFile(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppError(
      'invalid_input',
      `--token-file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      'token-file',
    );
  }
  const token = text.split(/\r?\n/)[0].trim();
  if (!token)
    throw new AppError(
      'invalid_input',
      `--token-file ${path} is empty: put the token on its first line`,
      'token-file',
    );
  return token;
}

/**
 * A token from `--token`, `--token-file` or an environment variable, in that order of precedence.
 * `--token` works but shows in the process list (`ps`), so it earns a note on stderr.
 */
export function tokenFromFlags(
  values: { token?: string; 'token-file'?: string },
  envName: string,
  io: Io,
): string | undefined {
  if (values.token !== undefined && values['token-file'] !== undefined) {
    throw new AppError('invalid_input', 'Give --token or --token-file, not both', 'token');
  }
  if (values['token-file'] !== undefined) return readTokenFile(values['token-file']);
  if (values.token !== undefined) {
    if (values.token.trim() === '')
      throw new AppError('invalid_input', '--token is empty', 'token');
    io.err(
      `Note: --token shows in the process list; ${envName} or --token-file PATH keep it out.\n`,
    );
    return values.token;
  }
  const fromEnv = process.env[envName];
  return fromEnv && fromEnv.trim() !== '' ? fromEnv.trim() : undefined;
}
