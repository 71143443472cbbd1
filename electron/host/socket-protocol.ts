import { z } from 'zod';
import { toErrorPayload, type ErrorPayload } from '../../shared/errors';
import type { Dispatch } from '../core/dispatcher';

/** One request over the WebSocket: a contract channel and its input. */
export const SocketRequest = z.object({
  id: z.number().int(),
  channel: z.string().max(100),
  input: z.unknown(),
});

export type SocketReply =
  { id: number; ok: true; output: unknown } | { id: number; ok: false; error: ErrorPayload };

/** Answers one raw socket message; malformed frames get an error reply, never a crash. */
export async function answer(raw: string, dispatch: Dispatch): Promise<SocketReply> {
  let message: z.infer<typeof SocketRequest>;
  try {
    message = SocketRequest.parse(JSON.parse(raw));
  } catch {
    return {
      id: -1,
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Malformed message: expected {"id", "channel", "input"}',
      },
    };
  }
  try {
    return { id: message.id, ok: true, output: await dispatch(message.channel, message.input) };
  } catch (error) {
    return { id: message.id, ok: false, error: toErrorPayload(error) };
  }
}
