import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowserWindow } from './testing/fakeElectron';

type MenuItem = { label: string; click: () => void };
const electron = vi.hoisted(() => ({
  schemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  menus: [] as MenuItem[][],
}));
vi.mock('electron', async () => {
  const { FakeBrowserWindow } = await import('./testing/fakeElectron');
  return {
    app: { getPath: () => '/home/depot/Documents' },
    dialog: { showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
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

const { openDocumentPreview, registerDocumentProtocol, registerDocumentScheme } =
  await import('./registerDocuments');

const pdf = Buffer.from('%PDF-1.7 archived');
const core = {
  readDocument: vi.fn(async (id: number) => {
    if (id !== 12) throw new Error('no such document');
    return { pdf, kind: 'receipt' };
  }),
};

describe('depot-doc scheme', () => {
  beforeEach(() => {
    electron.handlers.clear();
    registerDocumentProtocol(core);
  });

  it('is standard and secure, so the PDF viewer may load from it', () => {
    registerDocumentScheme();
    expect(electron.schemes).toContainEqual({
      scheme: 'depot-doc',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    });
  });

  it('serves the archived bytes as a PDF', async () => {
    const serve = electron.handlers.get('depot-doc')!;
    const response = await serve(new Request('depot-doc://document/12'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
  });

  it('answers 404 for a missing document or any other path', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const serve = electron.handlers.get('depot-doc')!;
    expect((await serve(new Request('depot-doc://document/13'))).status).toBe(404);
    expect((await serve(new Request('depot-doc://elsewhere/12'))).status).toBe(404);
  });
});

describe('document preview', () => {
  it('is a locked-down window with the PDF viewer, Print and Save', () => {
    const window = openDocumentPreview(core, 12) as unknown as FakeBrowserWindow;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      plugins: true,
    });
    expect(window.loadURL).toHaveBeenCalledWith('depot-doc://document/12');
    expect(window.webContents.navigate('https://example.com/')).toBe(true);
    expect(window.webContents.openHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });

    const labels = electron.menus.at(-1)!.map((item) => item.label);
    expect(labels.join(' ')).toMatch(/Print.*Save/);
    electron.menus.at(-1)![0].click();
    expect(window.webContents.print).toHaveBeenCalled();
  });

  it('focuses the open preview instead of opening the same document twice', () => {
    const first = openDocumentPreview(core, 12);
    expect(openDocumentPreview(core, 12)).toBe(first);
  });
});
