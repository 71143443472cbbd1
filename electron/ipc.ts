import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { events, type EventName, type EventPayload } from '../shared/contract/push-events';
import { toErrorPayload } from '../shared/errors';
import type { Reply } from '../shared/bridge';
import type { Dispatch } from './core/dispatcher';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channel';
import { isAppUrl } from './window-options';

/** What main learns about every finished contract call (used for OS notifications of long simulation runs). */
export interface SettledCall {
  channel: string;
  ok: boolean;
  elapsedMs: number;
  /** The call's output when it succeeded. */
  output?: unknown;
  errorMessage?: string;
}

/** Only the app's own top-level page may call core. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  rendererRoot: string,
): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url, rendererRoot);
}

/** Binds the contract to IPC: sender check, then the same validating dispatch the host and CLI use. */
export function registerIpc(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  rendererRoot: string,
  onSettled: (call: SettledCall) => void = () => undefined,
  now: () => number = () => performance.now(),
): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, request: unknown): Promise<Reply> => {
    if (!isTrustedSender(event, rendererRoot)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'IPC from an untrusted frame was refused' },
      };
    }
    const { channel, input } = (request ?? {}) as { channel?: unknown; input?: unknown };
    const started = now();
    let reply: Reply;
    try {
      reply = { ok: true, output: await dispatch(String(channel), input) };
    } catch (error) {
      reply = { ok: false, error: toErrorPayload(error) };
    }
    const elapsedMs = now() - started;
    onSettled(
      reply.ok
        ? { channel: String(channel), ok: true, elapsedMs, output: reply.output }
        : { channel: String(channel), ok: false, elapsedMs, errorMessage: reply.error.message },
    );
    return reply;
  });
}

/** Binds the contract to Electron's own ipcMain (loaded here: the only file of main that touches IPC). */
export async function bindIpc(
  dispatch: Dispatch,
  rendererRoot: string,
  onSettled?: (call: SettledCall) => void,
): Promise<void> {
  const { ipcMain } = await import('electron');
  registerIpc(ipcMain, dispatch, rendererRoot, onSettled);
}

/** Pushes one event of the events map to a renderer; the payload is checked here so a bad one fails in main, loudly. */
export function sendEvent<E extends EventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  name: E,
  payload: EventPayload<E>,
): void {
  if (contents.isDestroyed()) return;
  contents.send(EVENT_CHANNEL, { name, payload: events[name].parse(payload) });
}
