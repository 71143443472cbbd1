import { describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenSession, lockDownContents } from '../../../electron/security';
import { DESKTOP_CSP, isAppUrl } from '../../../electron/window-options';

const ROOT = '/opt/journey-studio/dist/renderer';

type Listener = (
  event: { preventDefault: () => void; defaultPrevented?: boolean },
  ...args: unknown[]
) => void;

/** A webContents double that records what the security module registers. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
  };
  /** Fires an event; true when some listener prevented it. */
  const fire = (name: string, ...args: unknown[]): boolean => {
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    for (const l of listeners.get(name) ?? []) l(event, ...args);
    return event.defaultPrevented;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    open: (url: string) => openHandler?.({ url }),
  };
}

/** A session double that records the permission handlers and the header hook. */
function fakeSession() {
  const recorded: {
    request?: (
      c: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: unknown,
    ) => void;
    check?: (c: unknown, permission: string) => boolean;
    headers?: (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (r: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;
  } = {};
  const session = {
    setPermissionRequestHandler: (h: typeof recorded.request) => (recorded.request = h),
    setPermissionCheckHandler: (h: typeof recorded.check) => (recorded.check = h),
    webRequest: { onHeadersReceived: (h: typeof recorded.headers) => (recorded.headers = h) },
  };
  return { session: session as unknown as Session, recorded };
}

describe('desktop security handlers (electron/security.ts with fake session and webContents)', () => {
  it('denies navigation and redirects to anything but the app’s own files, and webviews', () => {
    const { contents, fire } = fakeContents();
    lockDownContents(contents, ROOT);
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:4173/',
      'file:///etc/passwd',
      `file://${ROOT}-evil/index.html`,
      `file://${ROOT}/../secrets.html`,
      'javascript:alert(1)',
      'data:text/html,hi',
    ]) {
      expect(fire('will-navigate', url), url).toBe(true);
      expect(fire('will-redirect', url), url).toBe(true);
    }
    expect(fire('will-navigate', `file://${ROOT}/index.html`)).toBe(false);
    expect(fire('will-navigate', `file://${ROOT}/index.html#/journeys/1`)).toBe(false);
    expect(fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies every window.open, whatever the URL', () => {
    const { contents, open } = fakeContents();
    lockDownContents(contents, ROOT);
    for (const url of ['https://evil.example/', `file://${ROOT}/index.html`, 'about:blank', ''])
      expect(open(url)).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check, and puts the strict CSP on every response', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
      'serial',
    ]) {
      let granted: boolean | undefined;
      recorded.request?.({}, permission, (g) => (granted = g), {});
      expect(granted, permission).toBe(false);
      expect(recorded.check?.({}, permission), permission).toBe(false);
    }
    let headers: Record<string, string[]> | undefined;
    recorded.headers?.(
      { responseHeaders: { 'Content-Security-Policy': ['default-src *'], 'x-other': ['kept'] } },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers?.['Content-Security-Policy']).toEqual([DESKTOP_CSP]);
    expect(headers?.['x-other']).toEqual(['kept']);
  });

  it('counts only files inside the renderer folder as the app (not a sibling folder sharing its prefix)', () => {
    expect(isAppUrl(`file://${ROOT}/index.html`, ROOT)).toBe(true);
    expect(isAppUrl(`file://${ROOT}/assets/app.js`, ROOT)).toBe(true);
    expect(isAppUrl(`file://${ROOT}-evil/index.html`, ROOT)).toBe(false);
    expect(isAppUrl(`file://${ROOT}`, ROOT)).toBe(false);
    expect(isAppUrl(`file://${ROOT}/%2e%2e/x.html`, ROOT)).toBe(false);
    expect(isAppUrl(`https://app${ROOT}/index.html`, ROOT)).toBe(false);
  });
});
