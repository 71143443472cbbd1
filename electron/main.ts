import { app, BrowserWindow, ipcMain, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore, type Core } from './core/core';
import { resolveDataDir } from './core/store/data-dir';
import { registerIpc } from './ipc';
import { hardenSession, lockDownContents } from './security';
import { mainWindowOptions } from './window-options';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '..', 'renderer');
let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

function dataDirFlag(): string | undefined {
  const i = process.argv.indexOf('--data-dir');
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function createWindow(): Promise<void> {
  mainWindow = new BrowserWindow(mainWindowOptions(join(here, 'preload.cjs')));
  lockDownContents(mainWindow.webContents, rendererRoot);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  await mainWindow.loadFile(join(rendererRoot, 'index.html'));
}

// A second launch focuses the first window instead of racing it on the same data directory.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, rendererRoot));
  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    core = await openCore({
      dataDir: resolveDataDir(dataDirFlag(), process.env, app.getPath('userData')),
      mode: 'desktop',
      empty: process.argv.includes('--empty'),
    });
    registerIpc(ipcMain, core.dispatch, rendererRoot);
    await createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow();
    });
  });
  app.on('window-all-closed', () => {
    void core?.close().finally(() => {
      if (process.platform !== 'darwin') app.quit();
    });
  });
}
