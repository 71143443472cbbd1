import type { Core } from '../../../electron/core/core';
import type { Channel, InputOf, OutputOf } from '../../../shared/contract';

/** Typed dispatch, as the renderer's client calls it: the output type follows the channel. */
export function call<C extends Channel>(
  core: Core,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  return core.dispatch(channel, input) as Promise<OutputOf<C>>;
}
