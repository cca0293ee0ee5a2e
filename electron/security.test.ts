import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { createAppUrls } from './appUrls';

const electron = vi.hoisted(() => ({ isPackaged: true }));
vi.mock('electron', async () => {
  const { FakeBrowserWindow } = await import('./testing/fakeElectron');
  return {
    app: {
      get isPackaged() {
        return electron.isPackaged;
      },
    },
    BrowserWindow: FakeBrowserWindow,
  };
});

type CheckHandler = (contents: null, permission: string) => boolean;
type RequestHandler = (contents: null, permission: string, callback: (ok: boolean) => void) => void;

function fakeSession() {
  const handlers: {
    check?: CheckHandler;
    request?: RequestHandler;
    device?: (details: { deviceType: string }) => boolean;
  } = {};
  const session = {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
    setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
    setDevicePermissionHandler: (handler: (details: { deviceType: string }) => boolean) =>
      handler === null ? undefined : (handlers.device = handler),
  };
  return { session: session as unknown as Session, handlers };
}

/** The shell's modules as a packaged (or development) build loads them. */
async function loadShell(packaged: boolean) {
  electron.isPackaged = packaged;
  vi.resetModules();
  return { security: await import('./security'), window: await import('./window') };
}

const urls = createAppUrls({ devServerUrl: 'http://localhost:5173/' });
// A repair depot's screens need no camera, location, notification, clipboard-read or USB device.
const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial'];

describe('session policy', () => {
  beforeEach(() => {
    electron.isPackaged = true;
  });

  it('answers every permission check with no, as well as every request', async () => {
    const { security } = await loadShell(true);
    const { session, handlers } = fakeSession();
    security.applySessionPolicy(session, urls);

    expect(handlers.check).toBeDefined();
    for (const permission of PERMISSIONS) {
      expect(handlers.check!(null, permission)).toBe(false);
      const answer = vi.fn();
      handlers.request!(null, permission, answer);
      expect(answer).toHaveBeenCalledWith(false);
    }
    expect(handlers.device?.({ deviceType: 'usb' })).toBe(false);
  });
});

describe('DevTools', () => {
  it('cannot be opened in a packaged build, in any window', async () => {
    const { security, window } = await loadShell(true);
    expect(security.SECURE_WEB_PREFERENCES.devTools).toBe(false);
    expect(window.mainWindowOptions('/app/out/preload/index.cjs').webPreferences).toMatchObject({
      devTools: false,
    });
  });

  it('stay available while developing', async () => {
    const { security } = await loadShell(false);
    expect(security.SECURE_WEB_PREFERENCES.devTools).toBe(true);
  });
});
