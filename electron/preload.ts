import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../shared/contract';
import { events, isEventName, type EventName } from '../shared/contract/push-events';
import type { DesktopBridge, EventListener, Reply } from '../shared/bridge';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channel';

type AnyListener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<AnyListener>>();
// Events that arrive before the page subscribes (a file to open at launch) wait here, a few at most.
const early: { name: EventName; payload: unknown }[] = [];
const MAX_EARLY = 20;

// One IPC listener for all push events: the renderer never sees the IPC event object or other channels.
ipcRenderer.on(EVENT_CHANNEL, (_event, message: unknown) => {
  const { name, payload } = (message ?? {}) as { name?: unknown; payload?: unknown };
  if (typeof name !== 'string' || !isEventName(name)) return;
  const parsed = events[name].safeParse(payload);
  if (!parsed.success) return;
  const subscribed = listeners.get(name);
  if (subscribed?.size) for (const listener of subscribed) listener(parsed.data);
  else if (early.length < MAX_EARLY) early.push({ name, payload: parsed.data });
});

/** The whole bridge: invoke a contract channel, listen to a push event of the events map, and the platform name. */
export const bridge: DesktopBridge = {
  platform: process.platform,
  invoke: async (channel: string, input: unknown): Promise<Reply> => {
    if (!isChannel(channel))
      return {
        ok: false,
        error: { code: 'unknown_channel', message: `Unknown channel "${channel}"` },
      };
    return (await ipcRenderer.invoke(INVOKE_CHANNEL, { channel, input })) as Reply;
  },
  onEvent: <E extends EventName>(name: E, listener: EventListener<E>): (() => void) => {
    if (!isEventName(name) || typeof listener !== 'function') return () => undefined;
    const set = listeners.get(name) ?? new Set<AnyListener>();
    listeners.set(name, set);
    const entry = listener as AnyListener;
    set.add(entry);
    for (let i = 0; i < early.length;) {
      if (early[i].name === name) entry(early.splice(i, 1)[0].payload);
      else i++;
    }
    return () => {
      set.delete(entry);
    };
  },
};

contextBridge.exposeInMainWorld('journeyStudio', bridge);
