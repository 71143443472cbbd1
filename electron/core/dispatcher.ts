import {
  contract,
  CHANNELS,
  isChannel,
  type Channel,
  type ParsedInputOf,
  type OutputOf,
} from '../../shared/contract';
import { isWriteChannel } from '../../shared/contract/access';
import { AppError, fromZodIssues } from '../../shared/errors';
import type { Handlers } from './handlers/types';
import type { WriteQueue } from './write-queue';

export type Dispatch = (channel: string, input: unknown) => Promise<unknown>;

/** A write handler in two steps: `prepare` (a download, say) runs before the queue, only `write` in it. */
interface StagedParts<C extends Channel, P> {
  prepare: (input: ParsedInputOf<C>) => Promise<P>;
  write: (prepared: P, input: ParsedInputOf<C>) => Promise<OutputOf<C>>;
}
type Staged<C extends Channel> = ((input: ParsedInputOf<C>) => Promise<OutputOf<C>>) & {
  staged: StagedParts<C, unknown>;
};

/**
 * Declares a write handler whose slow, read-only first step must not hold the write queue.
 * Called directly it simply runs both steps; the dispatcher queues only the second.
 */
export function staged<C extends Channel, P>(parts: StagedParts<C, P>): Staged<C> {
  const run = async (input: ParsedInputOf<C>) => parts.write(await parts.prepare(input), input);
  return Object.assign(run, { staged: parts as StagedParts<C, unknown> });
}

/**
 * Merges feature handler maps into one, failing loudly when a channel is served twice
 * or not at all, so adding a channel cannot be half done.
 */
export function mergeHandlers(...maps: Partial<Handlers>[]): Handlers {
  const merged: Partial<Record<Channel, unknown>> = {};
  for (const map of maps) {
    for (const channel of Object.keys(map) as Channel[]) {
      if (merged[channel]) throw new Error(`Channel ${channel} has two handlers`);
      merged[channel] = map[channel];
    }
  }
  const missing = CHANNELS.filter((c) => !merged[c]);
  if (missing.length) throw new Error(`No handler for: ${missing.join(', ')}`);
  return merged as Handlers;
}

/**
 * The one entry point every boundary uses (IPC, WebSocket, CLI, REST): checks the channel,
 * validates the input with the contract, then calls the handler — a write channel's through
 * the core's one write queue.
 */
export function createDispatch(handlers: Handlers, writes: WriteQueue): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      throw new AppError(
        'unknown_channel',
        `Unknown channel "${channel}". Known channels: ${CHANNELS.join(', ')}`,
        'channel',
      );
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) throw fromZodIssues(parsed.error);
    const handler = handlers[channel] as ((input: unknown) => Promise<unknown>) &
      Partial<Staged<Channel>>;
    if (!isWriteChannel(channel)) return handler(parsed.data);
    const parts = handler.staged as StagedParts<Channel, unknown> | undefined;
    if (!parts) return writes.run(() => handler(parsed.data));
    const prepared = await parts.prepare(parsed.data as never);
    return writes.run(() => parts.write(prepared, parsed.data as never));
  };
}
