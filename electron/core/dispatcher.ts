import { contract, CHANNELS, isChannel, type Channel } from '../../shared/contract';
import { AppError, fromZodError } from '../../shared/errors';
import type { Handlers } from './handlers/types';

export type Dispatch = (channel: string, input: unknown) => Promise<unknown>;

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
 * The one entry point every boundary uses (IPC, WebSocket, CLI): checks the channel,
 * validates the input with the contract, then calls the handler.
 */
export function createDispatch(handlers: Handlers): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      throw new AppError('unknown_channel', `Unknown channel "${channel}". Known channels: ${CHANNELS.join(', ')}`, 'channel');
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) throw fromZodError(parsed.error);
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return handler(parsed.data);
  };
}
