import type { Session, WebContents, WebPreferences } from 'electron';
import type { AppUrls } from './appUrls';

/** Every window of the app: no Node in pages, isolated preload, Chromium's sandbox. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  nodeIntegration: false,
  sandbox: true,
  webSecurity: true,
} as const satisfies WebPreferences;

// Mantine injects its styles at run time, hence 'unsafe-inline' for styles only. The dev server
// additionally needs the React refresh preamble (an inline script) and its HMR websocket.
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    dev ? "connect-src 'self' ws:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Session-wide rules: the app's pages get the CSP as a header (the renderer's meta tag is the
 * fallback where no header is seen), and no page is granted any permission (camera, location,
 * notifications, ...): a repair depot's screens need none.
 */
export function applySessionPolicy(session: Session, urls: AppUrls): void {
  const csp = contentSecurityPolicy(urls.dev);
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
}

/** A window that shows one thing and goes nowhere: no navigation, no pop-ups. */
export function lockNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
