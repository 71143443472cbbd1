import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { ErrorPayload } from '../../shared/errors';
import { hostSocketUrl, SocketTransport } from './socket-transport';
import type { Transport } from './transport';

/** A refused call, carrying the core's error code and the field to blame. */
export class ClientError extends Error {
  readonly code: ErrorPayload['code'];
  readonly field?: string;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ClientError';
    this.code = payload.code;
    this.field = payload.field;
  }
}

/** The typed contract client: same calls whether the desktop bridge or the host answers. */
export interface ApiClient {
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(channel, input) {
      const reply = await transport.invoke(channel, input);
      if (!reply.ok) throw new ClientError(reply.error);
      return reply.output as OutputOf<typeof channel>;
    },
  };
}

/** The Electron bridge when preload exposed one, else the WebSocket of the host that served the page. */
export function defaultTransport(): Transport {
  return window.journeyStudio ?? new SocketTransport(hostSocketUrl(window.location));
}

/** Picks the transport on the first call, so importing the client never touches `window` (pure modules and their tests import it). */
function lazyTransport(): Transport {
  let chosen: Transport | undefined;
  return { invoke: (channel, input) => (chosen ??= defaultTransport()).invoke(channel, input) };
}

export const api: ApiClient = createClient(lazyTransport());
