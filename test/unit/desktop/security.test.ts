import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isTrustedSender } from '../../../electron/ipc';
import { EVENT_CHANNEL } from '../../../electron/ipc-channel';
import { DESKTOP_CSP, isAppUrl, mainWindowOptions } from '../../../electron/window-options';
import type { DesktopBridge } from '../../../shared/bridge';

// The electron module cannot load here (no binary); preload only needs these two objects.
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, output: [] }));
const ipcListeners = new Map<string, (event: unknown, message: unknown) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, message: unknown) => void) =>
      ipcListeners.set(channel, listener),
  },
}));

describe('desktop window security', () => {
  it('uses contextIsolation, sandbox, webSecurity and no Node integration', () => {
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('enforces a strict CSP with no remote sources', () => {
    expect(DESKTOP_CSP).toContain("default-src 'self'");
    expect(DESKTOP_CSP).toContain("object-src 'none'");
    expect(DESKTOP_CSP).not.toMatch(/https?:|unsafe-eval|\*/);
  });

  it('trusts only the top frame of the app’s own files', () => {
    const root = '/opt/journey-studio/dist/renderer';
    const top = { url: `file://${root}/index.html`, parent: null };
    expect(isTrustedSender({ senderFrame: top } as never, root)).toBe(true);
    expect(isTrustedSender({ senderFrame: { ...top, parent: {} } } as never, root)).toBe(false);
    expect(
      isTrustedSender(
        { senderFrame: { url: 'https://evil.example/', parent: null } } as never,
        root,
      ),
    ).toBe(false);
    expect(
      isTrustedSender({ senderFrame: { url: 'file:///etc/passwd', parent: null } } as never, root),
    ).toBe(false);
    expect(isAppUrl('not a url', root)).toBe(false);
  });

  it('preload exposes only invoke, onEvent and platform, and invoke only for contract channels', async () => {
    await import('../../../electron/preload');
    const bridge = exposed.journeyStudio as {
      invoke: (c: string, i: unknown) => Promise<{ ok: boolean }>;
    };
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent', 'platform']);
    expect([...ipcListeners.keys()]).toEqual([EVENT_CHANNEL]);
    expect(await bridge.invoke('journeys.list', {})).toEqual({ ok: true, output: [] });
    expect(await bridge.invoke('fs.readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('preload delivers only events of the events map with valid payloads, and keeps early ones for the first listener', async () => {
    await import('../../../electron/preload');
    const bridge = exposed.journeyStudio as DesktopBridge;
    const push = (message: unknown) =>
      ipcListeners.get(EVENT_CHANNEL)!({ sender: 'main' }, message);
    push({ name: 'app.openFile', payload: { path: '/home/me/launch.journeys.zip' } }); // before anyone listens
    const opened: unknown[] = [];
    const commands: unknown[] = [];
    bridge.onEvent!('app.openFile', (payload) => opened.push(payload));
    const stop = bridge.onEvent!('menu.command', (payload) => commands.push(payload));
    expect(opened).toEqual([{ path: '/home/me/launch.journeys.zip' }]);
    push({ name: 'menu.command', payload: { command: 'undo' } });
    push({ name: 'menu.command', payload: { command: 'rm -rf' } });
    push({ name: 'fs.readFile', payload: { path: '/etc/passwd' } });
    push('garbage');
    expect(commands).toEqual([{ command: 'undo' }]);
    stop();
    push({ name: 'menu.command', payload: { command: 'redo' } });
    expect(commands).toHaveLength(1);
    expect(bridge.onEvent!('not.an.event' as 'menu.command', () => commands.push('x'))).toBeTypeOf(
      'function',
    );
  });

  it('nothing outside electron/main.ts, preload.ts, ipc.ts and security.ts imports the electron module at runtime', () => {
    const allowed = new Set([
      'electron/main.ts',
      'electron/preload.ts',
      'electron/ipc.ts',
      'electron/security.ts',
      'electron/window-options.ts',
    ]);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) {
          const text = readFileSync(path, 'utf8');
          const runtime =
            /^import (?!type)[^;]*from ['"]electron['"]|require\(['"]electron['"]\)/m.test(text);
          if (runtime && !allowed.has(path)) offenders.push(path);
        }
      }
    };
    for (const dir of ['electron', 'shared', 'renderer']) walk(dir);
    expect(offenders).toEqual([]);
  });
});
