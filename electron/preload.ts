import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../shared/contract';
import type { DesktopBridge, Reply } from '../shared/bridge';
import { INVOKE_CHANNEL } from './ipc-channel';

/** The whole bridge: invoke a contract channel (nothing else reaches main) and the platform name. */
export const bridge: DesktopBridge = {
  platform: process.platform,
  invoke: async (channel: string, input: unknown): Promise<Reply> => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'unknown_channel', message: `Unknown channel "${channel}"` } };
    return (await ipcRenderer.invoke(INVOKE_CHANNEL, { channel, input })) as Reply;
  },
};

contextBridge.exposeInMainWorld('journeyStudio', bridge);
