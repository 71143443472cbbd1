import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract/push-events';

export interface MenuOptions {
  /** Shows Reload and Developer Tools (unpackaged runs only). */
  dev?: boolean;
  appName?: string;
}

type Item = MenuItemConstructorOptions;
type Send = (command: MenuCommand) => void;

const separator: Item = { type: 'separator' };

/** Alt-key mnemonics exist on Windows and Linux only; macOS would show the ampersand. */
const mnemonic = (label: string, mac: boolean): string => (mac ? label : `&${label}`);

/** A menu item that reaches the renderer (or main's dialog wrapper) as a command; nothing else. */
function command(label: string, cmd: MenuCommand, send: Send, accelerator?: string): Item {
  return { id: cmd, label, ...(accelerator ? { accelerator } : {}), click: () => send(cmd) };
}

function fileMenu(mac: boolean, send: Send): Item {
  return {
    label: mnemonic('File', mac),
    submenu: [
      command('New journey…', 'newJourney', send, 'CmdOrCtrl+N'),
      command('Open bundle…', 'openBundle', send, 'CmdOrCtrl+O'),
      separator,
      command('Import…', 'import', send, 'CmdOrCtrl+I'),
      command('Export…', 'export', send, 'CmdOrCtrl+E'),
      separator,
      // macOS quits from the app menu; there File ends with Close Window like every Mac app.
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };
}

function editMenu(mac: boolean, send: Send): Item {
  return {
    label: mnemonic('Edit', mac),
    submenu: [
      // Custom items, not roles: the renderer decides between a text field's own undo and the canvas history.
      command('Undo', 'undo', send, 'CmdOrCtrl+Z'),
      command('Redo', 'redo', send, mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(mac: boolean, send: Send, dev: boolean): Item {
  return {
    label: mnemonic('View', mac),
    submenu: [
      command('Journeys', 'showJourneys', send, 'CmdOrCtrl+1'),
      command('Actions', 'showActions', send, 'CmdOrCtrl+2'),
      command('Bundles', 'showBundles', send, 'CmdOrCtrl+3'),
      command('Remotes', 'showRemotes', send, 'CmdOrCtrl+4'),
      command('Settings', 'showSettings', send, 'CmdOrCtrl+5'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(dev ? [separator, { role: 'reload' } as Item, { role: 'toggleDevTools' } as Item] : []),
    ],
  };
}

function helpMenu(mac: boolean, send: Send, appName: string): Item {
  return {
    role: 'help',
    label: mnemonic('Help', mac),
    submenu: [
      command('Keyboard shortcuts', 'showShortcuts', send, 'CmdOrCtrl+/'),
      // On macOS About lives in the app menu.
      ...(mac ? [] : [separator, command(`About ${appName}`, 'about', send)]),
    ],
  };
}

function appMenu(send: Send, appName: string): Item {
  return {
    label: appName,
    submenu: [
      command(`About ${appName}`, 'about', send),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

/** The application menu as a plain template (File, Edit, View, Help; macOS adds the app and Window menus). */
export function buildMenuTemplate(
  platform: NodeJS.Platform,
  send: Send,
  options: MenuOptions = {},
): Item[] {
  const mac = platform === 'darwin';
  const appName = options.appName ?? 'Journey Studio';
  return [
    ...(mac ? [appMenu(send, appName)] : []),
    fileMenu(mac, send),
    editMenu(mac, send),
    viewMenu(mac, send, options.dev ?? false),
    ...(mac ? [{ role: 'windowMenu' } as Item] : []),
    helpMenu(mac, send, appName),
  ];
}
