import { app, type Session, type WebContents, type WebPreferences } from 'electron';
import { contentSecurityPolicy } from '../main/contract/contentSecurityPolicy';
import type { AppUrls } from './appUrls';

/**
 * Every window of the app: no Node in pages, isolated preload, Chromium's sandbox; and in a
 * packaged build no DevTools (issue 9, defect 11), which would let anyone at the counter run
 * script in a page that holds the core's bridge.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  nodeIntegration: false,
  sandbox: true,
  webSecurity: true,
  devTools: !app.isPackaged,
} as const satisfies WebPreferences;

/**
 * Session-wide rules: the app's pages get the one CSP as a header (the built index.html carries
 * it as a meta tag too), and no page is granted any permission (camera, location, notifications,
 * clipboard reading, USB or serial devices, ...): a repair depot's screens need none. Chromium
 * asks in two ways, a request (a prompt) and a check (a silent query, e.g. before reading the
 * clipboard); both are answered no.
 */
export function applySessionPolicy(session: Session, urls: AppUrls): void {
  const csp = contentSecurityPolicy({ dev: urls.dev });
  session.webRequest.onHeadersReceived((details, callback) => {
    // Only the app's own pages: the PDF viewer in the preview window must keep its plugin.
    if (!urls.isAppUrl(details.url)) {
      callback({});
      return;
    }
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** A window that shows one thing and goes nowhere: no navigation, no pop-ups. */
export function lockNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
