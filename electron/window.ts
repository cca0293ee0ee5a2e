import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import type { AppUrls } from './appUrls';
import { parseDocumentTicket } from './documentUrl';
import { clientKeyOf } from './registerIpc';
import { SECURE_WEB_PREFERENCES } from './security';

// The main windows are the only pages allowed to call the core (registerIpc checks this set).
const mainWindows = new Set<BrowserWindow>();

export type MainWindowDeps = {
  urls: AppUrls;
  preloadFile: string;
  /**
   * Shows an archived document in the preview window: `ticket` from documents/open, and the
   * client key of the window that opened it (the ticket must be that session's).
   */
  openDocument: (ticket: string, presenter: string) => void;
};

export function mainWindowOptions(preloadFile: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Depot',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadFile, spellcheck: false },
  };
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(deps.preloadFile));
  mainWindows.add(window);
  window.on('closed', () => mainWindows.delete(window));
  window.once('ready-to-show', () => window.show());

  const contents = window.webContents;
  // A page that is not the app never stays in a window that holds the core's bridge.
  contents.on('will-navigate', (event) => {
    if (!deps.urls.isAppUrl(event.url)) event.preventDefault();
  });
  // window.open is only for printed documents, which open in the app's own preview.
  contents.setWindowOpenHandler(({ url }) => {
    const ticket = parseDocumentTicket(url);
    if (ticket !== null) deps.openDocument(ticket, clientKeyOf(contents));
    return { action: 'deny' };
  });

  window.loadURL(deps.urls.entry).catch((error: unknown) => {
    console.error('Depot: the main window failed to load', error);
  });
  return window;
}

export function isMainWindowContents(contents: WebContents): boolean {
  for (const window of mainWindows) {
    if (!window.isDestroyed() && window.webContents.id === contents.id) return true;
  }
  return false;
}

export function mainWindowContents(): WebContents[] {
  return [...mainWindows].filter((w) => !w.isDestroyed()).map((w) => w.webContents);
}

export function focusMainWindow(): void {
  const [window] = mainWindows;
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
