import { describe, expect, it, vi } from 'vitest';
import { subscribeAppEvent } from '../../../renderer/api/app-events';
import {
  DESKTOP_DOM_EVENTS,
  effectOfCommand,
  isTextEditable,
  useBundleRequests,
} from '../../../renderer/app/desktop-requests';
import type { DesktopBridge } from '../../../shared/bridge';
import { MENU_COMMANDS } from '../../../shared/contract/push-events';

describe('menu commands in the renderer', () => {
  it('maps every command to one effect', () => {
    const kinds = MENU_COMMANDS.map((command) => [
      command,
      effectOfCommand({ command }, false).kind,
    ]);
    expect(Object.fromEntries(kinds)).toEqual({
      newJourney: 'dialog',
      showShortcuts: 'dialog',
      about: 'dialog',
      openBundle: 'bundle',
      import: 'bundle',
      export: 'bundle',
      undo: 'history',
      redo: 'history',
      showJourneys: 'navigate',
      showActions: 'navigate',
      showBundles: 'navigate',
      showRemotes: 'navigate',
      showSettings: 'navigate',
    });
    expect(effectOfCommand({ command: 'newJourney' }, false)).toEqual({
      kind: 'dialog',
      dialog: 'createJourney',
    });
    expect(effectOfCommand({ command: 'showRemotes' }, false)).toEqual({
      kind: 'navigate',
      route: { page: 'remotes' },
    });
  });

  it('sends undo/redo to a focused text field, else to the canvas', () => {
    expect(effectOfCommand({ command: 'undo' }, true)).toEqual({
      kind: 'history',
      direction: 'undo',
      target: 'text',
    });
    expect(effectOfCommand({ command: 'redo' }, false)).toEqual({
      kind: 'history',
      direction: 'redo',
      target: 'canvas',
    });
    expect(DESKTOP_DOM_EVENTS).toEqual({
      undo: 'journey-studio:undo',
      redo: 'journey-studio:redo',
      bundle: 'journey-studio:bundle-request',
    });
  });

  it('carries the natively picked file to the bundles screen', () => {
    expect(effectOfCommand({ command: 'export', path: '/x/q3.journeys.zip' }, false)).toEqual({
      kind: 'bundle',
      request: { action: 'export', source: 'menu', path: '/x/q3.journeys.zip' },
    });
    const first = useBundleRequests
      .getState()
      .push({ action: 'open', path: '/x/a.journeys.zip', source: 'os' });
    const second = useBundleRequests
      .getState()
      .push({ action: 'import', path: '/x/b.journeys.zip', source: 'menu' });
    expect(second.id).toBeGreaterThan(first.id);
    expect(useBundleRequests.getState().take()).toEqual(second);
    expect(useBundleRequests.getState().take()).toBeNull();
  });

  it('knows which focused elements keep their own undo', () => {
    expect(isTextEditable({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextEditable({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEditable({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextEditable({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEditable({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEditable(null)).toBe(false);
  });
});

describe('app event subscription', () => {
  it('subscribes through the bridge and returns its unsubscribe', () => {
    const off = vi.fn();
    const onEvent = vi.fn(() => off) as unknown as NonNullable<DesktopBridge['onEvent']>;
    const listener = () => undefined;
    expect(subscribeAppEvent({ onEvent }, 'app.openFile', listener)).toBe(off);
    expect(onEvent).toHaveBeenCalledWith('app.openFile', listener);
  });

  it('is a no-op in browser mode (no bridge, or a bridge without events)', () => {
    expect(subscribeAppEvent(undefined, 'menu.command', () => undefined)()).toBeUndefined();
    expect(subscribeAppEvent({}, 'menu.command', () => undefined)()).toBeUndefined();
  });
});
