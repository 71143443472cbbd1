import type { Channel, OutputOf, ParsedInputOf } from '../../../shared/contract';

/** A core function serving one contract channel; it receives already-validated input. */
export type Handler<C extends Channel> = (input: ParsedInputOf<C>) => Promise<OutputOf<C>>;

/** Handlers for some channels; each feature declares its own map. */
export type HandlerMap<C extends Channel = Channel> = { [K in C]: Handler<K> };

/** Every channel of the contract served. */
export type Handlers = HandlerMap<Channel>;
