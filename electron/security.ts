import type { Session, WebContents } from 'electron';
import { DESKTOP_CSP, isAppUrl } from './window-options';

/** Denies every permission request and adds the CSP to every response of the session. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DESKTOP_CSP] },
    });
  });
}

/** No navigation away from the app, no new windows, no webviews. */
export function lockDownContents(contents: WebContents, rendererRoot: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererRoot)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, rendererRoot)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
