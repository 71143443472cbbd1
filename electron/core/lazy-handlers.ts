import type { Channel } from '../../shared/contract';
import { isWriteChannel } from '../../shared/contract/access';
import { staged } from './dispatcher';
import type { HandlerMap } from './handlers/types';

type AnyHandler = ((input: unknown) => Promise<unknown>) & {
  staged?: {
    prepare: (input: unknown) => Promise<unknown>;
    write: (p: unknown, i: unknown) => Promise<unknown>;
  };
};

/**
 * Serves the channels of a contract feature map (`actionChannels`…) with handlers whose module loads on the first call, so a process that never
 * uses a feature (a CLI `call journeys.list`) never evaluates its code and packages (zip, Liquid,
 * CSV, the simulator). Loading happens outside the write queue: a write channel is served as a
 * staged handler whose read-only first step loads the module (and runs its own first step).
 */
export function lazyHandlers<C extends Channel>(
  feature: Record<C, unknown>,
  load: () => Promise<HandlerMap<C>>,
): HandlerMap<C> {
  let loaded: Promise<HandlerMap<C>> | undefined;
  const handlerOf = async (channel: C) => (await (loaded ??= load()))[channel] as AnyHandler;
  const served: Partial<Record<C, unknown>> = {};
  for (const channel of Object.keys(feature) as C[]) {
    served[channel] = isWriteChannel(channel)
      ? staged<C, { handler: AnyHandler; prepared: unknown }>({
          prepare: async (input) => {
            const handler = await handlerOf(channel);
            return { handler, prepared: await handler.staged?.prepare(input) };
          },
          write: ({ handler, prepared }, input) =>
            (handler.staged ? handler.staged.write(prepared, input) : handler(input)) as never,
        })
      : async (input: unknown) => (await handlerOf(channel))(input);
  }
  return served as HandlerMap<C>;
}
