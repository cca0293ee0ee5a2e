import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { createAppUrls } from './appUrls';

vi.mock('electron', async () => {
  const { FakeBrowserWindow } = await import('./testing/fakeElectron');
  return { app: { isPackaged: true }, BrowserWindow: FakeBrowserWindow };
});

const { createMainWindow, isMainWindowContents, mainWindowOptions } = await import('./window');
const { FakeBrowserWindow, FakeWebContents } = await import('./testing/fakeElectron');

const urls = createAppUrls({});

function openWindow() {
  const openDocument = vi.fn();
  createMainWindow({ urls, preloadFile: '/app/out/preload/index.cjs', openDocument });
  const window = FakeBrowserWindow.created.at(-1)!;
  return { window, contents: window.webContents, openDocument };
}

describe('main window', () => {
  beforeEach(() => {
    FakeBrowserWindow.created = [];
  });

  it('runs the renderer isolated and sandboxed, with only the preload as its bridge', () => {
    expect(mainWindowOptions('/app/out/preload/index.cjs').webPreferences).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      preload: '/app/out/preload/index.cjs',
    });
    const { window } = openWindow();
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, nodeIntegration: false });
    expect(window.loadURL).toHaveBeenCalledWith(urls.entry);
  });

  it('stays on the app: navigating anywhere else is prevented', () => {
    const { contents } = openWindow();
    expect(contents.navigate('https://evil.example/phish')).toBe(true);
    expect(contents.navigate('file:///etc/passwd')).toBe(true);
    expect(contents.navigate(`${urls.entry}#/intake`)).toBe(false);
  });

  it('denies every pop-up and routes printed documents to the preview instead', () => {
    const { contents, openDocument } = openWindow();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'depot-doc://document/../x' })).toEqual({
      action: 'deny',
    });
    expect(openDocument).not.toHaveBeenCalled();

    // An id is not a ticket (issue 9, defect 3): only a documents/open ticket is handed over,
    // with the client key of the window that opened it.
    expect(contents.openHandler?.({ url: 'depot-doc://document/42' })).toEqual({ action: 'deny' });
    expect(openDocument).not.toHaveBeenCalled();
    const ticket = 'Ab3_-'.padEnd(43, 'x');
    expect(contents.openHandler?.({ url: `depot-doc://document/${ticket}` })).toEqual({
      action: 'deny',
    });
    expect(openDocument).toHaveBeenCalledWith(ticket, `wc:${contents.id}`);
  });

  it('knows its own windows, and only those', () => {
    const { contents } = openWindow();
    expect(isMainWindowContents(contents as unknown as WebContents)).toBe(true);
    expect(isMainWindowContents(new FakeWebContents() as unknown as WebContents)).toBe(false);
  });
});
