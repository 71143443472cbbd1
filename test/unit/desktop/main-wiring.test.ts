import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../electron/ipc-channel';

// electron/main.ts run against a fake electron module: proves the wiring (lifecycle, window, menu, IPC,
// file hand-over, dialogs, window state, quit) without the binary. What Electron itself does with these
// calls is not covered here.
type Listener = (...args: unknown[]) => unknown;
const fake = vi.hoisted(() => {
  const on = (map: Map<string, Listener[]>) => (event: string, fn: Listener) => {
    map.set(event, [...(map.get(event) ?? []), fn]);
  };
  const emit = (map: Map<string, Listener[]>, event: string, ...args: unknown[]) =>
    (map.get(event) ?? []).map((fn) => fn(...args));
  const appEvents = new Map<string, Listener[]>();
  const windows: FakeWindow[] = [];
  const root = { dir: '' };
  class FakeContents {
    events = new Map<string, Listener[]>();
    sent: unknown[][] = [];
    send = (...args: unknown[]) => this.sent.push(args);
    isDestroyed = () => false;
    on = on(this.events);
    once = on(this.events);
    setWindowOpenHandler = () => undefined;
  }
  class FakeWindow {
    static getAllWindows = () => windows;
    events = new Map<string, Listener[]>();
    webContents = new FakeContents();
    focused = 0;
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on = on(this.events);
    once = on(this.events);
    loadFile = async (file: string) => {
      this.loaded = file;
      emit(this.events, 'ready-to-show');
      emit(this.webContents.events, 'did-finish-load');
    };
    loaded = '';
    isMinimized = () => false;
    restore = () => undefined;
    show = () => undefined;
    focus = () => this.focused++;
    maximize = () => undefined;
    isFocused = () => true;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 40, y: 30, width: 1300, height: 820 });
    setBackgroundColor = () => undefined;
  }
  class FakeNotification {
    static isSupported(): boolean {
      return true;
    }
  }
  const menu = { template: [] as MenuItemConstructorOptions[] };
  const handlers = new Map<string, Listener>();
  const quit = { count: 0 };
  return {
    root,
    appEvents,
    windows,
    emit,
    menu,
    handlers,
    quit,
    module: {
      app: {
        setPath: (name: string, path: string) => (root.dir = name === 'userData' ? path : root.dir),
        getPath: (name: string) =>
          name === 'userData' ? root.dir : join(String(process.env.FAKE_APP_DATA), name),
        setAppUserModelId: () => undefined,
        requestSingleInstanceLock: () => true,
        on: on(appEvents),
        whenReady: () => Promise.resolve(),
        isReady: () => true,
        isPackaged: false,
        quit: () => quit.count++,
      },
      BrowserWindow: FakeWindow,
      ipcMain: { handle: (channel: string, fn: Listener) => handlers.set(channel, fn) },
      Menu: {
        buildFromTemplate: (t: MenuItemConstructorOptions[]) => t,
        setApplicationMenu: (t: MenuItemConstructorOptions[]) => (menu.template = t),
      },
      nativeTheme: { themeSource: 'light', shouldUseDarkColors: true, on: () => undefined },
      Notification: FakeNotification,
      // Encrypts by reversing: enough to see that secrets go through safeStorage, not the key file.
      safeStorage: {
        isEncryptionAvailable: () => true,
        encryptString: (plain: string) => Buffer.from([...plain].reverse().join('')),
        decryptString: (data: Buffer) => [...data.toString()].reverse().join(''),
      },
      screen: {
        getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
        getAllDisplays: () => [],
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: () => undefined,
          setPermissionCheckHandler: () => undefined,
          webRequest: { onHeadersReceived: () => undefined },
        },
      },
      dialog: {
        showOpenDialog: async () => ({
          canceled: false,
          filePaths: ['/home/me/picked.journeys.zip'],
        }),
        showSaveDialog: async () => ({ canceled: false, filePath: '/home/me/out' }),
      },
    },
  };
});
vi.mock('electron', () => fake.module);

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};
const openFileEvents = () =>
  fake.windows[0].webContents.sent
    .filter(([channel]) => channel === EVENT_CHANNEL)
    .map(([, message]) => message);

describe('electron/main.ts wiring (fake electron module)', () => {
  it('starts, opens a secure window, sets the menu, binds IPC and hands files over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'js-main-'));
    process.env.FAKE_APP_DATA = dir;
    process.argv = [
      '/opt/electron',
      'dist/electron/main.mjs',
      'launch.journeys.zip',
      '--data-dir',
      join(dir, 'data'),
      '--empty',
    ];
    await import('../../../electron/main');
    await until(() => fake.windows.length === 1 && fake.windows[0].loaded !== '');
    const win = fake.windows[0];
    expect(fake.root.dir).toBe(join(dir, 'appData', 'Journey Studio'));
    expect(fake.module.nativeTheme.themeSource).toBe('system');
    expect(win.options).toMatchObject({
      width: 1400,
      height: 900,
      backgroundColor: '#141821',
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload\.cjs$/,
    );
    expect(win.loaded).toMatch(/renderer[/\\]index\.html$/);
    expect(fake.menu.template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(fake.handlers.has(INVOKE_CHANNEL)).toBe(true);
    expect(openFileEvents()).toEqual([
      { name: 'app.openFile', payload: { path: join(process.cwd(), 'launch.journeys.zip') } },
    ]);

    // A second launch focuses this window and passes its file.
    fake.emit(fake.appEvents, 'second-instance', {}, ['/opt/x'], '/', {
      argv: ['/opt/x', 'next.journeys.zip'],
      cwd: '/home/me',
    });
    expect(win.focused).toBe(1);
    expect(openFileEvents().at(-1)).toEqual({
      name: 'app.openFile',
      payload: { path: '/home/me/next.journeys.zip' },
    });

    // File > Export… asks natively, then tells the renderer where; Edit > Undo goes straight through.
    const items = fake.menu.template.flatMap((m) => m.submenu as MenuItemConstructorOptions[]);
    (items.find((i) => i.id === 'export')?.click as unknown as () => void)();
    (items.find((i) => i.id === 'import')?.click as unknown as () => void)();
    (items.find((i) => i.id === 'undo')?.click as unknown as () => void)();
    await until(() => openFileEvents().length === 5);
    expect(openFileEvents().slice(2)).toEqual(
      expect.arrayContaining([
        { name: 'menu.command', payload: { command: 'export', path: '/home/me/out.journeys.zip' } },
        {
          name: 'menu.command',
          payload: { command: 'import', path: '/home/me/picked.journeys.zip' },
        },
        { name: 'menu.command', payload: { command: 'undo' } },
      ]),
    );

    // Closing saves the window state; quitting waits for it and the store, then quits.
    fake.emit(win.events, 'close');
    const quit = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    fake.emit(fake.appEvents, 'will-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    await until(() => fake.quit.count === 1);
    const saved = join(fake.root.dir, 'window-state.json');
    expect(existsSync(saved)).toBe(true);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({
      x: 40,
      y: 30,
      width: 1300,
      height: 820,
      maximized: false,
    });
  });
});
