import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { openCore, type Core } from '../../core/core';
import { resolveDataDir } from '../../core/store/data-dir';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Returns the process exit code. */
  run: (argv: string[], io: Io) => Promise<number>;
}

/** Options every data-touching command takes. */
export const DATA_OPTIONS = {
  'data-dir': { type: 'string' },
  empty: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

/** Strict argument parsing: an unknown flag is a usage error naming it. */
export function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError('invalid_input', (error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''), 'argv');
  }
}

/**
 * Opens the core on the data directory the flags and environment name. Every command takes the
 * data directory's lock, so a CLI call against a directory an app or server holds is refused
 * rather than racing its writes.
 */
export function openCoreFromFlags(values: { 'data-dir'?: string; empty?: boolean }, mode: Core['context']['mode'] = 'cli'): Promise<Core> {
  return openCore({ dataDir: resolveDataDir(values['data-dir']), mode, empty: values.empty ?? false, lock: true });
}

/** Runs `work` with a core that is always closed (index flushed) afterwards. */
export async function withCore<T>(values: { 'data-dir'?: string; empty?: boolean }, work: (core: Core) => Promise<T>): Promise<T> {
  const core = await openCoreFromFlags(values);
  try {
    return await work(core);
  } finally {
    await core.close();
  }
}

/** A contract call through the core's dispatch, as every boundary makes it (validated, writes queued). */
export function call<C extends Channel>(core: Core, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  return core.dispatch(channel, input) as Promise<OutputOf<C>>;
}

/** Waits `ms` between two polls of a background job's status. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
