import type { Core } from '../../../electron/core/core';
import type { Channel, InputOf, OutputOf } from '../../../shared/contract';

/** A contract call whose output type follows the channel. */
export type TypedCall = <C extends Channel>(channel: C, input: InputOf<C>) => Promise<OutputOf<C>>;

/**
 * Typed dispatch, as the renderer's client calls it: the output type follows the channel, so a
 * test expecting the wrong result type fails typecheck instead of casting it away.
 */
export function call<C extends Channel>(
  core: Pick<Core, 'dispatch'>,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  return core.dispatch(channel, input) as Promise<OutputOf<C>>;
}

/** Polls a simulation run until it is no longer running (a worker thread: no fixed wait). */
export async function waitForRun(
  call: TypedCall,
  runId: string,
): Promise<OutputOf<'simulation.status'>> {
  for (;;) {
    const s = await call('simulation.status', { runId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
}
