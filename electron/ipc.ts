import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { toErrorPayload } from '../shared/errors';
import type { Reply } from '../shared/bridge';
import type { Dispatch } from './core/dispatcher';
import { INVOKE_CHANNEL } from './ipc-channel';
import { isAppUrl } from './window-options';

/** Only the app's own top-level page may call core. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, rendererRoot: string): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url, rendererRoot);
}

/** Binds the contract to IPC: sender check, then the same validating dispatch the host and CLI use. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch, rendererRoot: string): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, request: unknown): Promise<Reply> => {
    if (!isTrustedSender(event, rendererRoot)) {
      return { ok: false, error: { code: 'forbidden', message: 'IPC from an untrusted frame was refused' } };
    }
    const { channel, input } = (request ?? {}) as { channel?: unknown; input?: unknown };
    try {
      return { ok: true, output: await dispatch(String(channel), input) };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  });
}
