import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../main/session/sessionStore';
import type { FakeBrowserWindow } from './testing/fakeElectron';

type MenuItem = { label: string; click: () => void };
const electron = vi.hoisted(() => ({
  schemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  menus: [] as MenuItem[][],
  saveTo: null as string | null,
}));
vi.mock('node:fs/promises', () => ({ writeFile: vi.fn(async () => undefined) }));
vi.mock('electron', async () => {
  const { FakeBrowserWindow } = await import('./testing/fakeElectron');
  return {
    app: { getPath: () => '/home/depot/Documents', isPackaged: true },
    dialog: {
      showSaveDialog: vi.fn(async () => ({
        canceled: electron.saveTo === null,
        filePath: electron.saveTo ?? undefined,
      })),
      showErrorBox: vi.fn(),
    },
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      buildFromTemplate: (items: MenuItem[]) => {
        electron.menus.push(items);
        return items;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof electron.schemes) =>
        electron.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        electron.handlers.set(scheme, handler),
    },
  };
});

const { dialog } = await import('electron');
const { writeFile } = await import('node:fs/promises');
const {
  openDocumentPreview,
  PRESENTER_CHECK_MS,
  registerDocumentProtocol,
  registerDocumentScheme,
} = await import('./registerDocuments');

// Issue 9, defect 3: the shell takes a document from the core once, with the ticket the
// renderer opened, and shows those bytes from memory; no depot-doc URL reaches the archive.

const pdf = Buffer.from('%PDF-1.7 archived');
const TICKET = 'T'.repeat(43);
const WINDOW = 'wc:7';

const signedIn = (id: number): SessionState => ({
  status: 'signedIn',
  actor: { id, username: `staff${id}`, displayName: `Staff ${id}`, roles: ['intake_clerk'] },
});
const lockedOut = (session: SessionState): SessionState =>
  session.status === 'signedOut' ? session : { status: 'locked', actor: session.actor };

function fakeCore() {
  const used = new Set<string>();
  const sessions = new Map<string, SessionState>([[WINDOW, signedIn(3)]]);
  return {
    sessions,
    services: {
      sessions: {
        peek: vi.fn((key: string) => sessions.get(key) ?? { status: 'signedOut' as const }),
      },
    },
    takeDocument: vi.fn(async (ticket: string, presenter?: string) => {
      if (ticket !== TICKET || presenter !== WINDOW || used.has(ticket)) {
        throw new Error('This document link is unknown, already used or expired');
      }
      used.add(ticket);
      return { id: 12, kind: 'receipt', pdf };
    }),
  };
}

const serve = (url: string) => electron.handlers.get('depot-doc')!(new Request(url));

beforeEach(() => {
  electron.handlers.clear();
  registerDocumentProtocol();
});

describe('depot-doc scheme', () => {
  it('is standard and secure, so the PDF viewer may load from it', () => {
    registerDocumentScheme();
    expect(electron.schemes).toContainEqual({
      scheme: 'depot-doc',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    });
  });

  it('serves nothing by document id, ticket or made-up preview id', async () => {
    for (const url of [
      'depot-doc://document/12',
      `depot-doc://document/${TICKET}`,
      `depot-doc://preview/${'p'.repeat(43)}`,
      'depot-doc://elsewhere/12',
    ]) {
      expect((await serve(url)).status).toBe(404);
    }
  });
});

describe('document preview', () => {
  it('takes the document once with the ticket and serves those bytes while it is open', async () => {
    const core = fakeCore();
    const window = (await openDocumentPreview(
      core,
      TICKET,
      WINDOW,
    )) as unknown as FakeBrowserWindow;
    expect(core.takeDocument).toHaveBeenCalledTimes(1);
    expect(core.takeDocument).toHaveBeenCalledWith(TICKET, WINDOW);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      plugins: true,
    });
    const url = (window.loadURL.mock.calls as unknown as string[][])[0][0];
    expect(url).toMatch(/^depot-doc:\/\/preview\/[A-Za-z0-9_-]{43}$/);
    expect(url).not.toContain(TICKET);
    const response = await serve(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
    // Reloading the preview is served from memory: the core is not asked again.
    expect((await serve(url)).status).toBe(200);
    expect(core.takeDocument).toHaveBeenCalledTimes(1);

    expect(window.webContents.navigate('https://example.com/')).toBe(true);
    expect(window.webContents.openHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    const menu = electron.menus.at(-1)!;
    expect(menu.map((item) => item.label).join(' ')).toMatch(/Print.*Save/);
    menu[0].click();
    expect(window.webContents.print).toHaveBeenCalled();
  });

  it('shows nothing for a used, foreign or made-up ticket, and says why', async () => {
    const core = fakeCore();
    expect(await openDocumentPreview(core, TICKET, WINDOW)).not.toBeNull();
    const windows = electron.menus.length;
    expect(await openDocumentPreview(core, TICKET, WINDOW)).toBeNull();
    expect(await openDocumentPreview(fakeCore(), TICKET, 'wc:8')).toBeNull();
    expect(await openDocumentPreview(fakeCore(), 'x'.repeat(43), WINDOW)).toBeNull();
    expect(electron.menus.length).toBe(windows);
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Depot',
      expect.stringMatching(/cannot be shown/),
    );
  });
});

describe("a preview ends with its presenter's session", () => {
  async function open(core: ReturnType<typeof fakeCore>) {
    const window = (await openDocumentPreview(
      core,
      TICKET,
      WINDOW,
    )) as unknown as FakeBrowserWindow;
    const url = (window.loadURL.mock.calls as unknown as string[][])[0][0];
    return { window, url, menu: electron.menus.at(-1)! };
  }

  beforeEach(async () => {
    const { FakeBrowserWindow } = await import('./testing/fakeElectron');
    FakeBrowserWindow.created.forEach((window) => window.close());
    vi.mocked(dialog.showSaveDialog).mockClear();
    vi.mocked(writeFile).mockClear();
  });

  afterEach(() => {
    vi.useRealTimers();
    electron.saveTo = null;
  });

  it('closes and forgets the bytes when the session locks while idle', async () => {
    vi.useFakeTimers();
    const core = fakeCore();
    const { window, url } = await open(core);
    vi.advanceTimersByTime(PRESENTER_CHECK_MS);
    expect(window.close).not.toHaveBeenCalled();
    core.sessions.set(WINDOW, lockedOut(signedIn(3)));
    vi.advanceTimersByTime(PRESENTER_CHECK_MS);
    expect(window.close).toHaveBeenCalled();
    expect((await serve(url)).status).toBe(404);
  });

  it('neither saves nor prints once someone else signed in at the presenting window', async () => {
    const core = fakeCore();
    const { window, url, menu } = await open(core);
    const save = menu.find((item) => item.label.startsWith('Save'))!;
    const print = menu.find((item) => item.label.startsWith('Print'))!;
    core.sessions.set(WINDOW, signedIn(4));
    electron.saveTo = '/home/depot/Documents/receipt-12.pdf';
    save.click();
    print.click();
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(writeFile).not.toHaveBeenCalled();
    expect(window.webContents.print).not.toHaveBeenCalled();
    expect((await serve(url)).status).toBe(404);
  });

  it('saves the bytes while the presenter is signed in', async () => {
    const core = fakeCore();
    const { menu } = await open(core);
    electron.saveTo = '/home/depot/Documents/receipt-12.pdf';
    menu.find((item) => item.label.startsWith('Save'))!.click();
    await vi.waitFor(() =>
      expect(writeFile).toHaveBeenCalledWith('/home/depot/Documents/receipt-12.pdf', pdf),
    );
  });
});
