import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { openCore, type Core } from '../../core/core';
import { dataPaths, resolveDataDir } from '../../core/store/data-dir';
import { acquireDataDirLock } from '../../core/store/lock';

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
export function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError(
      'invalid_input',
      (error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''),
      'argv',
    );
  }
}

/**
 * Opens the core on the data directory the flags and environment name. Every command takes the
 * data directory's lock, so a CLI call against a directory an app or server holds is refused
 * rather than racing its writes.
 */
export async function openCoreFromFlags(
  values: { 'data-dir'?: string; empty?: boolean },
  mode: Core['context']['mode'] = 'cli',
): Promise<Core> {
  const core = await openCore({
    dataDir: resolveDataDir(values['data-dir']),
    mode,
    empty: values.empty ?? false,
    lock: true,
  });
  reportSetAside(core);
  return core;
}

/** Runs `work` with a core that is always closed (index flushed) afterwards. */
export async function withCore<T>(
  values: { 'data-dir'?: string; empty?: boolean },
  work: (core: Core) => Promise<T>,
): Promise<T> {
  const core = await openCoreFromFlags(values);
  try {
    return await work(core);
  } finally {
    reportSetAside(core); // files that turned out unreadable while the command ran
    await core.close();
  }
}

/**
 * Runs `work` holding the data directory's lock, for commands that write files of the data
 * directory without opening the whole core (`remote add`, `remote remove`): while an app or
 * server holds the directory they are refused with the same "already running" message.
 */
export async function withDataDirLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const paths = dataPaths(dataDir);
  await mkdir(paths.root, { recursive: true });
  const lock = acquireDataDirLock(paths.lock, paths.root, 'cli');
  try {
    return await work();
  } finally {
    lock.release();
  }
}

// Where files set aside during a command are reported: the CLI's stderr (set by main for its Io).
let setAsideSink: ((line: string) => void) | null = null;
let setAsideJson = false;
const reported = new WeakMap<Core, number>();

/** Sends the notices of files set aside to `io.err` (as JSON lines with --json). */
export function reportSetAsideTo(io: Io | null, asJson = false): void {
  setAsideSink = io ? (line) => io.err(line) : null;
  setAsideJson = asJson;
}

/** Tells the user, once each, about every file this core set aside so far. */
function reportSetAside(core: Core): void {
  const entries = core.context.store.newlyQuarantined();
  const from = reported.get(core) ?? 0;
  reported.set(core, entries.length);
  const where = join(core.context.dataDir, 'quarantine');
  for (const entry of entries.slice(from)) {
    setAsideSink?.(
      setAsideJson
        ? `${JSON.stringify({ setAside: { ...entry, quarantine: where } })}\n`
        : `journey-studio: set aside ${entry.file} (see ${where}): ${entry.reason}\n`,
    );
  }
}
/** A contract call through the core's dispatch, as every boundary makes it (validated, writes queued). */
export function call<C extends Channel>(
  core: Core,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  return core.dispatch(channel, input) as Promise<OutputOf<C>>;
}

/** Waits `ms` between two polls of a background job's status. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
