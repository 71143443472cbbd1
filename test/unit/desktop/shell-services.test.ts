import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerIpc, sendEvent, type SettledCall } from '../../../electron/ipc';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../electron/ipc-channel';
import {
  ensureBundleExtension,
  exportBundleDialogOptions,
  openBundleDialogOptions,
} from '../../../electron/native-dialogs';
import { LongRunNotifier, LONG_RUN_MS } from '../../../electron/notifications';
import { AppError } from '../../../shared/errors';

type Handler = (
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  request: unknown,
) => Promise<unknown>;
const root = '/opt/journey-studio/dist/renderer';
const trusted = { senderFrame: { url: `file://${root}/index.html`, parent: null } } as never;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
  } as unknown as IpcMain;
  return { ipcMain, handlers };
}

describe('IPC settle hook', () => {
  it('reports channel, outcome and duration of every trusted call', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const settled: SettledCall[] = [];
    let clock = 0;
    const dispatch = vi.fn(async (channel: string) => {
      clock += 12_000;
      if (channel === 'simulation.run')
        throw new AppError('invalid_input', 'Scenario has no population');
      return { ok: 1 };
    });
    registerIpc(
      ipcMain,
      dispatch,
      root,
      (call) => settled.push(call),
      () => clock,
    );
    const handler = handlers.get(INVOKE_CHANNEL)!;
    expect(await handler(trusted, { channel: 'journeys.list', input: {} })).toEqual({
      ok: true,
      output: { ok: 1 },
    });
    expect(await handler(trusted, { channel: 'simulation.run', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await handler({ senderFrame: { url: 'https://evil.example/', parent: null } } as never, {
        channel: 'journeys.list',
      }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(settled).toEqual([
      { channel: 'journeys.list', ok: true, elapsedMs: 12_000, output: { ok: 1 } },
      {
        channel: 'simulation.run',
        ok: false,
        elapsedMs: 12_000,
        errorMessage: 'Scenario has no population',
      },
    ]);
  });
});

describe('push events from main', () => {
  it('sends a valid payload on the one event channel and refuses a bad one', () => {
    const send = vi.fn();
    const contents = { send, isDestroyed: () => false };
    sendEvent(contents, 'menu.command', { command: 'export', path: '/home/me/q3.journeys.zip' });
    expect(send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      name: 'menu.command',
      payload: { command: 'export', path: '/home/me/q3.journeys.zip' },
    });
    expect(() => sendEvent(contents, 'app.openFile', { path: '' })).toThrow();
    sendEvent({ send, isDestroyed: () => true }, 'menu.command', { command: 'undo' });
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('native dialog options', () => {
  it('open dialogs pick one bundle', () => {
    const options = openBundleDialogOptions('Import…', '/home/me/Documents');
    expect(options).toMatchObject({
      title: 'Import…',
      buttonLabel: 'Import',
      defaultPath: '/home/me/Documents',
      properties: ['openFile'],
    });
    expect(options.filters?.[0]).toEqual({
      name: 'Journey Studio bundle',
      extensions: ['journeys.zip'],
    });
  });

  it('the export dialog suggests a dated bundle name and confirms overwrites', () => {
    const options = exportBundleDialogOptions(
      '/home/me/Documents',
      new Date('2025-03-04T10:00:00Z'),
    );
    expect(options.defaultPath).toBe('/home/me/Documents/journeys-2025-03-04.journeys.zip');
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('a saved bundle always ends in .journeys.zip', () => {
    expect(ensureBundleExtension('/x/q3')).toBe('/x/q3.journeys.zip');
    expect(ensureBundleExtension('/x/q3.zip')).toBe('/x/q3.journeys.zip');
    expect(ensureBundleExtension('/x/q3.journeys')).toBe('/x/q3.journeys.zip');
    expect(ensureBundleExtension('/x/q3.Journeys.Zip')).toBe('/x/q3.Journeys.Zip');
  });
});

describe('long simulation notifications', () => {
  const start = (runId: string, elapsedMs = 5): SettledCall => ({
    channel: 'simulation.start',
    ok: true,
    elapsedMs,
    output: { runId },
  });
  const status = (runId: string, state: string, extra: object = {}): SettledCall => ({
    channel: 'simulation.status',
    ok: true,
    elapsedMs: 1,
    output: { runId, journeyId: 'j1', state, progress: state === 'running' ? 0.5 : 1, ...extra },
  });

  it('notifies once when a long run ends while the window is in the background', () => {
    const notifier = new LongRunNotifier();
    expect(notifier.observe(start('r1'), 1_000, true)).toBeNull();
    expect(notifier.observe(status('r1', 'running'), 5_000, false)).toBeNull();
    expect(notifier.observe(status('r1', 'done'), 1_000 + LONG_RUN_MS + 2_000, false)).toEqual({
      title: 'Simulation finished',
      body: expect.stringContaining('12 s'),
    });
    expect(notifier.observe(status('r1', 'done'), 60_000, false)).toBeNull();
  });

  it('says why a run failed', () => {
    const notifier = new LongRunNotifier();
    notifier.observe(start('r2'), 0, false);
    expect(
      notifier.observe(
        status('r2', 'failed', {
          error: { code: 'internal', message: 'Worker ran out of memory' },
        }),
        30_000,
        false,
      ),
    ).toEqual({
      title: 'Simulation failed',
      body: 'Worker ran out of memory',
    });
  });

  it('stays quiet for focused windows, short runs, cancels, unknown runs and other channels', () => {
    const notifier = new LongRunNotifier();
    for (const id of ['a', 'b', 'c']) notifier.observe(start(id), 0, false);
    expect(notifier.observe(status('a', 'done'), 60_000, true)).toBeNull();
    expect(notifier.observe(status('b', 'done'), 2_000, false)).toBeNull();
    expect(notifier.observe(status('c', 'cancelled'), 60_000, false)).toBeNull();
    expect(notifier.observe(status('zzz', 'done'), 60_000, false)).toBeNull();
    expect(
      notifier.observe(
        { channel: 'journeys.list', ok: true, elapsedMs: 60_000, output: [] },
        60_000,
        false,
      ),
    ).toBeNull();
    expect(
      notifier.observe(
        { channel: 'simulation.status', ok: true, elapsedMs: 1, output: 'garbage' },
        60_000,
        false,
      ),
    ).toBeNull();
  });
});
