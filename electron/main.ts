import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  nativeTheme,
  Notification,
  safeStorage,
  screen,
  session,
} from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MenuCommand } from '../shared/contract/push-events';
import { openCore, type Core } from './core/core';
import { resolveDataDir } from './core/store/data-dir';
import { bindIpc, sendEvent, type SettledCall } from './ipc';
import { buildMenuTemplate } from './menu';
import {
  ensureBundleExtension,
  exportBundleDialogOptions,
  openBundleDialogOptions,
} from './native-dialogs';
import { LongRunNotifier } from './notifications';
import {
  bundlePathFromArgv,
  bundlePathFromSecondInstance,
  isBundlePath,
  OpenFileQueue,
  type SecondInstanceData,
} from './open-file';
import { safeStorageCipher } from './safe-storage-cipher';
import { hardenSession, lockDownContents } from './security';
import { mainWindowOptions, windowBackground } from './window-options';
import {
  fitToDisplays,
  readWindowState,
  stateOfWindow,
  WINDOW_STATE_FILE,
  writeWindowState,
} from './window-state';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '..', 'renderer');
// Packaged apps take their icon from the package; development runs point at the committed one.
const devIcon = join(here, '..', '..', 'build', 'icons', '512x512.png');
const openFiles = new OpenFileQueue();
let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let savingState: Promise<void> = Promise.resolve();

// Same data folder in development and packaged runs (the package's name differs from its productName).
app.setPath('userData', join(app.getPath('appData'), 'Journey Studio'));
app.setAppUserModelId('com.journeystudio.app'); // Windows shows notifications only for a known app id.

function dataDirFlag(): string | undefined {
  const i = process.argv.indexOf('--data-dir');
  return i > 0 ? process.argv[i + 1] : undefined;
}

const windowStateFile = () => join(app.getPath('userData'), WINDOW_STATE_FILE);

async function createWindow(): Promise<BrowserWindow> {
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const { maximized, x, y, width, height } = fitToDisplays(
    await readWindowState(windowStateFile()),
    displays,
  );
  const win = new BrowserWindow(
    mainWindowOptions(
      join(here, 'preload.cjs'),
      { x, y, width, height },
      { dark: nativeTheme.shouldUseDarkColors, icon: app.isPackaged ? undefined : devIcon },
    ),
  );
  mainWindow = win;
  lockDownContents(win.webContents, rendererRoot);
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    savingState = writeWindowState(
      windowStateFile(),
      stateOfWindow(win.getNormalBounds(), win.isMaximized()),
    ).catch(() => undefined);
  });
  win.on('closed', () => {
    openFiles.detach();
    if (mainWindow === win) mainWindow = null;
  });
  // Preload keeps events until the page subscribes, so files can be handed over as soon as the page has loaded.
  win.webContents.once('did-finish-load', () =>
    openFiles.attach((path) => sendEvent(win.webContents, 'app.openFile', { path })),
  );
  await win.loadFile(join(rendererRoot, 'index.html'));
  return win;
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Menu commands: file commands ask for the file natively first, everything else goes straight to the renderer. */
async function onMenuCommand(command: MenuCommand): Promise<void> {
  const win = mainWindow ?? (await createWindow());
  if (command === 'openBundle' || command === 'import') {
    const title = command === 'import' ? 'Import…' : 'Open bundle…';
    const picked = await dialog.showOpenDialog(
      win,
      openBundleDialogOptions(title, app.getPath('documents')),
    );
    if (!picked.canceled && picked.filePaths[0])
      sendEvent(win.webContents, 'menu.command', { command, path: picked.filePaths[0] });
  } else if (command === 'export') {
    const picked = await dialog.showSaveDialog(
      win,
      exportBundleDialogOptions(app.getPath('documents'), new Date()),
    );
    if (!picked.canceled && picked.filePath)
      sendEvent(win.webContents, 'menu.command', {
        command,
        path: ensureBundleExtension(picked.filePath),
      });
  } else {
    sendEvent(win.webContents, 'menu.command', { command });
  }
}

const longRuns = new LongRunNotifier();
function notifyLongRun(call: SettledCall): void {
  const text = longRuns.observe(call, Date.now(), mainWindow?.isFocused() ?? false);
  if (!text || !Notification.isSupported()) return;
  const notification = new Notification(text);
  notification.on('click', focusWindow);
  notification.show();
}

// A second launch focuses the first window (and hands over its file) instead of racing it on the same data directory.
const handover: SecondInstanceData = { argv: process.argv, cwd: process.cwd() };
if (!app.requestSingleInstanceLock(handover)) {
  app.quit();
} else {
  const initial = bundlePathFromArgv(process.argv, process.cwd());
  if (initial) openFiles.push(initial);
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    focusWindow();
    const path = bundlePathFromSecondInstance(argv, workingDirectory, additionalData);
    if (path) openFiles.push(path);
  });
  // macOS delivers double-clicked files this way, possibly before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (!isBundlePath(path)) return;
    openFiles.push(path);
    if (app.isReady() && !mainWindow) void createWindow();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, rendererRoot));
  void app
    .whenReady()
    .then(async () => {
      nativeTheme.themeSource = 'system';
      nativeTheme.on('updated', () =>
        mainWindow?.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors)),
      );
      hardenSession(session.defaultSession);
      core = await openCore({
        dataDir: resolveDataDir(dataDirFlag(), process.env, app.getPath('userData')),
        mode: 'desktop',
        empty: process.argv.includes('--empty'),
        secretCipher: safeStorageCipher(safeStorage),
      });
      await bindIpc(core.dispatch, rendererRoot, notifyLongRun);
      const template = buildMenuTemplate(
        process.platform,
        (command) => void onMenuCommand(command),
        { dev: !app.isPackaged },
      );
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
      await createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) void createWindow();
      });
    })
    .catch((error: Error) => {
      // Most often the data directory's lock: another Journey Studio (app or `serve`) already uses it.
      dialog.showErrorBox('Journey Studio cannot start', error.message);
      app.exit(1);
    });
  app.on('window-all-closed', () => {
    // macOS apps stay open without windows (core too, for the next one); elsewhere closing the last window quits.
    if (process.platform !== 'darwin') app.quit();
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !core) return;
    // Hold the quit until the window state and the store are flushed.
    event.preventDefault();
    closed = true;
    void savingState.then(() => core?.close()).finally(() => app.quit());
  });
}
