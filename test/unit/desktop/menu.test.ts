import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/contract/push-events';

type Item = MenuItemConstructorOptions;
const submenu = (item: Item): Item[] => item.submenu as Item[];
const all = (items: Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])]);
const byId = (items: Item[], id: string) => all(items).find((item) => item.id === id);
const click = (item: Item | undefined) => (item?.click as unknown as () => void)();

describe('application menu template', () => {
  it('has File, Edit, View and Help on Linux and Windows, with mnemonics', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const template = buildMenuTemplate(platform, () => undefined);
      expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
      const file = submenu(template[0]);
      expect(file.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
        'New journey…',
        'Open bundle…',
        'Import…',
        'Export…',
        'Quit',
      ]);
      expect(file.at(-1)).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
      expect(submenu(template[3]).map((i) => i.label ?? i.type)).toEqual([
        'Keyboard shortcuts',
        'separator',
        'About Journey Studio',
      ]);
    }
  });

  it('adds the app and Window menus on macOS, with About there and Close Window in File', () => {
    const template = buildMenuTemplate('darwin', () => undefined);
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      'Journey Studio',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    expect(submenu(template[0])[0]).toMatchObject({ id: 'about', label: 'About Journey Studio' });
    expect(submenu(template[0]).at(-1)).toMatchObject({ role: 'quit' });
    expect(submenu(template[1]).at(-1)).toMatchObject({ role: 'close' });
    expect(submenu(template[5]).map((i) => i.id)).toEqual(['showShortcuts']);
    expect(byId(template, 'redo')?.accelerator).toBe('Shift+Cmd+Z');
  });

  it('sends every menu command exactly once from the item with its id', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const send = vi.fn<(command: MenuCommand) => void>();
      const template = buildMenuTemplate(platform, send);
      for (const command of MENU_COMMANDS) {
        send.mockClear();
        click(byId(template, command));
        expect(send).toHaveBeenCalledExactlyOnceWith(command);
      }
    }
  });

  it('wires undo and redo as commands (the renderer picks text field or canvas) and keeps the clipboard roles', () => {
    const template = buildMenuTemplate('linux', () => undefined);
    const edit = submenu(template[1]);
    expect(edit.slice(0, 2)).toMatchObject([
      { id: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { id: 'redo', accelerator: 'Ctrl+Y' },
    ]);
    expect(edit.filter((i) => i.role).map((i) => i.role)).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
  });

  it('gives every accelerator to one item only', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const accelerators = all(buildMenuTemplate(platform, () => undefined, { dev: true }))
        .map((i) => i.accelerator)
        .filter(Boolean);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
    const file = submenu(buildMenuTemplate('linux', () => undefined)[0]);
    expect(file.map((i) => i.accelerator).filter(Boolean)).toEqual([
      'CmdOrCtrl+N',
      'CmdOrCtrl+O',
      'CmdOrCtrl+I',
      'CmdOrCtrl+E',
      'Ctrl+Q',
    ]);
  });

  it('shows Reload and Developer Tools only in development', () => {
    const roles = (dev: boolean) =>
      all(buildMenuTemplate('linux', () => undefined, { dev })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('navigates with CmdOrCtrl+1…5 from View', () => {
    const view = submenu(buildMenuTemplate('linux', () => undefined)[2]);
    expect(view.slice(0, 5).map((i) => [i.id, i.accelerator])).toEqual([
      ['showJourneys', 'CmdOrCtrl+1'],
      ['showActions', 'CmdOrCtrl+2'],
      ['showBundles', 'CmdOrCtrl+3'],
      ['showRemotes', 'CmdOrCtrl+4'],
      ['showSettings', 'CmdOrCtrl+5'],
    ]);
  });
});
