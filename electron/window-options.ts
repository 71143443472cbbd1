import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';

/** Electron's security checklist in one place: the renderer gets no Node, no remote code, no escape. */
export function secureWebPreferences(
  preloadPath: string,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    sandbox: true,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** The window colour before the page paints, matching `--bg` of renderer/styles.css for each OS theme. */
export function windowBackground(dark: boolean): string {
  return dark ? '#141821' : '#f6f7fb';
}

export interface MainWindowLook {
  /** The OS is in dark mode (nativeTheme.shouldUseDarkColors). */
  dark?: boolean;
  /** Window icon for Linux and Windows development runs; packaged apps take it from the package. */
  icon?: string;
}

/** The main window's options; size and position come from the last session when known. */
export function mainWindowOptions(
  preloadPath: string,
  bounds: { width: number; height: number; x?: number; y?: number } = { width: 1400, height: 900 },
  look: MainWindowLook = {},
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    title: 'Journey Studio',
    show: false,
    backgroundColor: windowBackground(look.dark ?? false),
    ...(look.icon ? { icon: look.icon } : {}),
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** The CSP the desktop window enforces (no network but the app's own files). */
export const DESKTOP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Whether a URL is one of the app's own pages (the packaged renderer). */
export function isAppUrl(url: string, rendererRoot: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return false;
    // A path relation, not a string prefix: `/app/renderer-evil/x.html` starts with `/app/renderer` but is not inside it.
    const inside = relative(rendererRoot, fileURLToPath(parsed));
    return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
  } catch {
    return false;
  }
}
